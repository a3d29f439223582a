using System.Text.Json;

namespace StorjTui.Tests.Cli;

/// <summary>
/// `create s3` through the in-process sandbox with faults injected at each step (Sandbox:Faults, as a user would set
/// them): the message says what failed and what to do, no second API key ever exists, a half-done creation is
/// finished or rolled back, and nothing is written to --out unless the credentials exist.
/// </summary>
public sealed class FaultTests : IDisposable
{
    private const string Name = "faulty";
    private const string Passphrase = "fault tests passphrase\n";

    // Faults that need a timeout: the client gives up after 2 s, the sandbox would answer after 4 s.
    private const string Slow = "latency=4s";

    private readonly SandboxHome _home = new();

    public void Dispose() => _home.Dispose();

    /// <summary>The flow's calls before the key exists, by the words the messages use for them.</summary>
    public static TheoryData<string, string, string> BeforeTheKey()
    {
        (string Call, string Doing)[] steps =
        [
            ("POST /api/v0/auth/token", "logging in"),
            ("GET /api/v0/projects", "listing the projects"),
            ("GET /api/v0/projects/", "opening the project"),
            ("GET /api/v0/api-keys/list-paged", "listing the accesses"),
            ("GET /api/v0/api-keys/api-key-names", "checking the access names"),
            ("POST /api/v0/api-keys/create", "creating the API key"),
        ];
        string[] kinds = [Slow, "reset", "status=500 body='{\"error\":\"internal error\"}'", "status=429 retry-after=120", "malformed"];
        var data = new TheoryData<string, string, string>();
        foreach (var (call, doing) in steps)
        {
            foreach (var kind in kinds)
            {
                data.Add(call, doing, kind);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(BeforeTheKey))]
    public void A_failure_before_the_key_exists_says_which_step_and_what_to_do_and_leaves_nothing(string call, string doing, string kind)
    {
        var result = Create($"{call} {kind}");

        result.AssertOneLineFailure();
        Assert.Contains(Advice(kind, doing), result.Stderr, StringComparison.Ordinal);
        if (call.EndsWith("/create", StringComparison.Ordinal))
        {
            Assert.Contains($"Creating the API key '{Name}' failed: ", result.Stderr, StringComparison.Ordinal);
            Assert.Contains("Nothing was created (any key the satellite made was deleted), so it is safe to try again.", result.Stderr, StringComparison.Ordinal);
        }
        AssertNothingLeft();
    }

    [Theory]
    [InlineData(Slow)]
    [InlineData("reset")]
    [InlineData("status=500")]
    [InlineData("status=429 retry-after=120")]
    [InlineData("malformed")]
    public void A_lost_answer_after_the_key_was_made_rolls_it_back_and_a_retry_makes_exactly_one(string kind)
    {
        var result = Create($"POST /api/v0/api-keys/create {kind} after");

        result.AssertOneLineFailure();
        Assert.Contains($"Creating the API key '{Name}' failed: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("while creating the API key", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("Nothing was created (any key the satellite made was deleted), so it is safe to try again.", result.Stderr, StringComparison.Ordinal);
        AssertNothingLeft();

        var retry = Create(faults: null);

        Assert.True(retry.ExitCode == 0, retry.Stderr);
        Assert.Single(KeysNamed(Name));
        Assert.Single(OutFiles());
    }

    public static TheoryData<string, string, bool> AuthFailures() => new()
    {
        { Slow, "did not answer within 2 s while registering the access for S3 credentials. Check the network, or try again later.", true },
        { "reset", "broke off while registering the access for S3 credentials, before an answer came. Check the network and try again.", false },
        { "status=500", "The auth service failed (HTTP 500) while registering the access for S3 credentials. Try again later.", true },
        { "status=429 retry-after=120", "The auth service is busy (HTTP 429) while registering the access for S3 credentials. The server asked to wait 120 s.", false },
        { "malformed", "sent an answer that is not the JSON it should be. Is the auth service URL right?", true },
        { "status=400 body='access grant: disallowed satellite'", "The auth service rejected the access grant: disallowed satellite. This auth service does not serve the grant's satellite", false },
        { "reset after", "broke off while registering the access for S3 credentials, before an answer came. Check the network and try again.", true },
    };

    [Theory]
    [MemberData(nameof(AuthFailures))]
    public void An_auth_service_failure_keeps_one_key_and_says_resume_or_abandon_and_both_work(string kind, string expected, bool resume)
    {
        var result = Create($"POST /v1/access {kind}");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"The API key for '{Name}' was created, but registering with the auth service failed: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--resume to finish, or with --abandon to delete the key", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(OutFiles());
        Assert.Single(KeysNamed(Name));
        Assert.Single(PendingFiles());

        var next = Create(faults: null, resume ? "--resume" : "--abandon");

        Assert.True(next.ExitCode == 0, next.Stderr);
        Assert.Empty(PendingFiles());
        Assert.Equal(resume ? 1 : 0, KeysNamed(Name).Count);
        Assert.Equal(resume ? 1 : 0, OutFiles().Length);
    }

    [Theory]
    [InlineData("GET /api/v0/projects status=503 retry-after=1 times=1")]
    [InlineData("GET /api/v0/api-keys/list-paged status=429 retry-after=1 times=2")]
    [InlineData("GET /api/v0/projects/ reset times=1")]
    [InlineData("GET /api/v0/api-keys/api-key-names latency=4s times=1")]
    [InlineData("POST /v1/access latency=500ms")]
    public void Passing_trouble_on_reads_is_retried_and_a_slow_auth_service_still_delivers(string faults)
    {
        var result = Create(faults);

        Assert.True(result.ExitCode == 0, result.Stderr);
        Assert.Single(KeysNamed(Name));
        Assert.Single(OutFiles());
        Assert.Empty(PendingFiles());
    }

    [Fact]
    public void When_the_rollback_fails_too_the_user_is_told_and_the_next_run_offers_the_clean_up()
    {
        var result = Create("POST /api/v0/api-keys/create reset after; DELETE /api/v0/api-keys/delete-by-ids status=500");

        result.AssertOneLineFailure();
        Assert.Contains("Whether the satellite made the key could not be checked either", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("the next start offers to delete what it left behind", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(OutFiles());
        Assert.Single(KeysNamed(Name));
        Assert.Single(PendingFiles());

        var other = _home.RunWithStdin(Passphrase, "create", "access-grant", "--name", "other", "--passphrase-stdin", "--sandbox", "--out", _home.Out);
        Assert.True(other.ExitCode == 0, other.Stderr);
        Assert.Contains($"create s3 --name '{Name}' --abandon", other.Stderr, StringComparison.Ordinal);

        var abandon = Create(faults: null, "--abandon");

        Assert.True(abandon.ExitCode == 0, abandon.Stderr);
        Assert.Empty(KeysNamed(Name));
        Assert.Empty(PendingFiles());
    }

    [Fact]
    public void A_failed_abandon_keeps_the_record_so_it_can_be_tried_again()
    {
        Assert.Equal(1, Create("POST /v1/access status=500").ExitCode);

        var failed = Create("DELETE /api/v0/api-keys/delete-by-ids status=500", "--abandon");

        failed.AssertOneLineFailure();
        Assert.Contains("failed (HTTP 500) while deleting API keys", failed.Stderr, StringComparison.Ordinal);
        Assert.Single(KeysNamed(Name));
        Assert.Single(PendingFiles());
        Assert.Equal(0, Create(faults: null, "--abandon").ExitCode);
        Assert.Empty(KeysNamed(Name));
        Assert.Empty(PendingFiles());
    }

    [Theory]
    [InlineData("status=500", false, "The satellite console failed (HTTP 500) while deleting API keys. Try again later.")]
    [InlineData("reset", false, "broke off while deleting API keys, before an answer came. Check the network and try again.")]
    [InlineData("status=429 retry-after=120", false, "is busy (HTTP 429) while deleting API keys. The server asked to wait 120 s. Try again in a moment.")]
    [InlineData("reset after", true, "")]
    [InlineData(Slow + " after", true, "")]
    public void Access_delete_with_a_lost_answer_checks_whether_the_key_went(string kind, bool deleted, string expected)
    {
        Assert.Equal(0, Create(faults: null).ExitCode);

        var result = Run(Faults("DELETE /api/v0/api-keys/delete-by-ids " + kind), null, "access", "delete", Name, "--yes", "--sandbox");

        if (deleted)
        {
            Assert.True(result.ExitCode == 0, result.Stderr);
            Assert.Contains($"Deleted '{Name}'", result.Stdout, StringComparison.Ordinal);
            Assert.Empty(KeysNamed(Name));
        }
        else
        {
            result.AssertOneLineFailure();
            Assert.Contains(expected, result.Stderr, StringComparison.Ordinal);
            Assert.Single(KeysNamed(Name));
        }
    }

    /// <summary>What the message says went wrong, at which step, and what to do, per kind of fault.</summary>
    private static string Advice(string kind, string doing) => kind switch
    {
        Slow => $"did not answer within 2 s while {doing}. Check the network, or try again later.",
        "reset" => $"broke off while {doing}, before an answer came. Check the network and try again.",
        "malformed" => $"sent an answer that is not the JSON it should be (HTTP 200) while {doing}. Is the console URL right? Try again later.",
        _ when kind.StartsWith("status=500", StringComparison.Ordinal) => $"The satellite console failed (HTTP 500) while {doing}: internal error. Try again later.",
        _ => $"The satellite console is busy (HTTP 429) while {doing}. The server asked to wait 120 s. Try again in a moment.",
    };

    private CliResult Create(string? faults, params string[] extra) =>
        Run(Faults(faults), Passphrase, ["create", "s3", "--name", Name, "--passphrase-stdin", "--sandbox", "--out", _home.Out, .. extra]);

    private static Dictionary<string, string?> Faults(string? faults)
    {
        var settings = new Dictionary<string, string?>();
        if (faults is not null)
        {
            settings["STORJ_TUI__Sandbox__Faults"] = faults;
            if (faults.Contains("latency=4s", StringComparison.Ordinal))
            {
                settings["STORJ_TUI__Timeout"] = "2";
            }
        }
        return settings;
    }

    private CliResult Run(Dictionary<string, string?> settings, string? stdin, params string[] args)
    {
        var environment = new Dictionary<string, string?>(_home.Environment);
        foreach (var (key, value) in settings)
        {
            environment[key] = value;
        }
        return Cli.Run(new CliSetup { Stdin = stdin, Environment = environment }, args);
    }

    private List<string> KeysNamed(string name)
    {
        var list = _home.Run("access", "list", "--sandbox", "--json");
        Assert.True(list.ExitCode == 0, list.Stderr);
        using var json = JsonDocument.Parse(list.Stdout);
        return json.RootElement.EnumerateArray().Select(a => a.GetProperty("name").GetString()!).Where(n => n == name).ToList();
    }

    private string[] OutFiles() => Directory.Exists(_home.Out) ? Directory.GetFiles(_home.Out) : [];

    private string[] PendingFiles() => Directory.Exists(_home.Paths.PendingFolder) ? Directory.GetFiles(_home.Paths.PendingFolder) : [];

    private void AssertNothingLeft()
    {
        Assert.Empty(OutFiles());
        Assert.Empty(KeysNamed(Name));
        Assert.Empty(PendingFiles());
    }
}
