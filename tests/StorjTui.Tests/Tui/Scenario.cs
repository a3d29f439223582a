using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Tui.Presenters;
using StorjTui.Tui.Screens;

namespace StorjTui.Tests.Tui;

/// <summary>Builds a test environment: a fixed clock, UTC, a known 12-word phrase, a temp folder, a fake back end.</summary>
internal sealed class Scenario : IDisposable
{
    public const string GeneratedWords = "abandon ability able about above absent absorb abstract absurd abuse access accident";

    public Scenario()
    {
        Folder = Directory.CreateTempSubdirectory("storj-tui-test-").FullName;
        Home = Directory.CreateDirectory(Path.Join(Folder, "home")).FullName;
        Work = Directory.CreateDirectory(Path.Join(Folder, "work")).FullName;
    }

    public FakeStorjConnection Connection { get; } = new();

    public string Folder { get; }

    /// <summary>The home folder the app is given (settable: "" is what .NET gives when HOME names no folder).</summary>
    public string Home { get; set; }

    public string Work { get; }

    public FixedClock Clock { get; } = new(new DateTimeOffset(2026, 6, 15, 10, 0, 0, TimeSpan.Zero));

    public List<ConnectRequest> Requests { get; } = [];

    /// <summary>What Copy sent (the real OSC 52 sequences, kept in a list).</summary>
    public RecordingClipboard Clipboard { get; } = new();

    /// <summary>Replaces the fake back end's opener (e.g. to answer "MFA code needed"); null opens <see cref="Connection"/>.</summary>
    public Func<ConnectRequest, Task<IStorjConnection>>? Open { get; set; }

    /// <summary>The typed-passphrase check the app uses (the real one is <see cref="ValidatorPassphraseCheck"/>); none by default.</summary>
    public IPassphraseCheck? PassphraseCheck { get; set; }

    /// <summary>The environment variables the app sees (none by default).</summary>
    public Dictionary<string, string> Variables { get; } = [];

    public TuiEnvironment Environment => new(
        new FlowServices(Clock, TimeZoneInfo.Utc, () => System.Text.Encoding.UTF8.GetBytes(GeneratedWords), PassphraseCheck),
        (request, _) =>
        {
            Requests.Add(request);
            return Open is null ? Task.FromResult<IStorjConnection>(Connection) : Open(request);
        },
        Work,
        Home,
        (created, _) => Task.FromResult($"Verified: {created.Name} can list buckets."),
        Path.Join(Folder, "state", "last-connect"),
        Clipboard: Clipboard,
        Variables: name => Variables.GetValueOrDefault(name));

    public Tui Start(TuiOptions? options = null, int width = 80, int height = 24) => new(Environment, options, width, height);

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
