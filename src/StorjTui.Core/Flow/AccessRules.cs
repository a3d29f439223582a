using System.Security.Cryptography;
using System.Text;
using StorjTui.Core.Access;
using StorjTui.Core.Time;

namespace StorjTui.Core.Flow;

/// <summary>
/// The console's rules for a new access, each written once. The create flow's guards call them, and so does
/// whole-draft validation for the command line. Each returns the problems in words fit to show; none = fine.
/// </summary>
public static class AccessRules
{
    /// <summary>
    /// The satellite refuses longer names ("field length exceeds maximum length 100"), counted in runes
    /// (console/config.go <c>MaxNameCharacters</c>).
    /// </summary>
    public const int MaxNameCharacters = 100;

    /// <summary>A name's length as the satellite counts it (console/config.go MaxNameCharacters: runes, not what the screen shows).</summary>
    public static int NameLength(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.EnumerateRunes().Count();
    }

    /// <summary>An end date further ahead than this is almost certainly a typo.</summary>
    public const int MaxYearsAhead = 100;

    public static IReadOnlyList<string> CheckName(string name, IReadOnlyCollection<string> existingNames)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(existingNames);
        if (string.IsNullOrWhiteSpace(name))
        {
            return ["Name is required"];
        }

        var problems = new List<string>();
        var runes = NameLength(name);
        if (runes > MaxNameCharacters)
        {
            problems.Add($"Name must be at most {MaxNameCharacters} characters (this one has {runes})");
        }

        if (name.EnumerateRunes().Any(Rune.IsControl))
        {
            problems.Add("Name must not contain control characters such as tabs or line breaks");
        }

        // Case-sensitive like the satellite: "Backup" and "backup" are different accesses.
        if (existingNames.Contains(name, StringComparer.Ordinal))
        {
            problems.Add("This name is already in use");
        }

        return problems;
    }

    /// <summary>
    /// What "Use the current passphrase" means once a project is open: an access grant's own key when the connection
    /// cannot use a new passphrase (it lacks the project salt), the satellite's when it manages the project's
    /// passphrase, the typed project passphrase when one was given, else nothing known.
    /// </summary>
    public static CurrentPassphrase CurrentPassphraseOf(bool canUseNewPassphrase, Project? project, bool projectPassphraseGiven) =>
        !canUseNewPassphrase ? CurrentPassphrase.AccessGrantKey
        : project is { HasManagedPassphrase: true } ? CurrentPassphrase.ManagedBySatellite
        : projectPassphraseGiven ? CurrentPassphrase.ProjectPassphrase
        : CurrentPassphrase.Unknown;

    /// <summary>The console hides the API Key type in projects whose passphrase the satellite manages.</summary>
    public static IReadOnlyList<string> CheckType(AccessType type, CurrentPassphrase current) =>
        type == AccessType.ApiKey && current == CurrentPassphrase.ManagedBySatellite
            ? ["API Key is not available in a project whose passphrase is managed by Storj"]
            : [];

    /// <summary>At least one of Read, Write, List and Delete, and only boxes the satellite's console offers.</summary>
    public static IReadOnlyList<string> CheckPermissions(Permissions permissions, SatelliteFeatures features)
    {
        ArgumentNullException.ThrowIfNull(features);
        var problems = new List<string>();
        if ((permissions & Permissions.All) == Permissions.None)
        {
            problems.Add("Choose at least one permission");
        }

        if ((permissions & Permissions.ObjectLock) != Permissions.None && !features.ObjectLockUIEnabled)
        {
            problems.Add("This satellite does not offer Object Lock permissions");
        }

        if ((permissions & Permissions.BucketNotification) != Permissions.None && !features.BucketEventingUIEnabled)
        {
            problems.Add("This satellite does not offer bucket notification permissions");
        }

        return problems;
    }

    public static IReadOnlyList<string> CheckEndDate(EndDate endDate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(endDate);
        if (endDate.Value is not { } end)
        {
            return [];
        }

        if (end <= now)
        {
            return [$"The end date {endDate.DisplayText} has passed: choose a date in the future"];
        }

        return end > now.AddYears(MaxYearsAhead)
            ? [$"The end date must be within {MaxYearsAhead} years from now"]
            : [];
    }

    /// <summary>Typed end date text (null when none was typed): it must be given and readable in the app's time syntax.</summary>
    public static IReadOnlyList<string> CheckEndDateText(string? text, TimeSyntax syntax)
    {
        ArgumentNullException.ThrowIfNull(syntax);
        if (text is null)
        {
            return [];
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return ["Enter the end date (yyyy-mm-dd), or choose another end date option"];
        }

        try
        {
            syntax.ParseEndDate(text);
            return [];
        }
        catch (InvalidTimeException e)
        {
            return [e.Message];
        }
    }

    /// <summary>
    /// The auth service refuses to register a grant that expires less than a minute after the request arrives
    /// (storj/edge pkg/auth/authdb/db.go: "expiration cannot be shorter than a minute").
    /// </summary>
    public static readonly TimeSpan AuthServiceMinimumLifetime = TimeSpan.FromMinutes(1);

    /// <summary>Room for the steps between checking the draft and registering (deriving the key, the API calls).</summary>
    public static readonly TimeSpan RegistrationAllowance = TimeSpan.FromMinutes(1);

    /// <summary>
    /// S3 credentials are registered with the auth service, so their end date must leave the auth service's minimum
    /// lifetime after registration; checked before anything is created, so no key is left behind by a refusal.
    /// </summary>
    public static IReadOnlyList<string> CheckLifetime(AccessType type, EndDate endDate, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(endDate);
        var shortest = AuthServiceMinimumLifetime + RegistrationAllowance;
        if (type != AccessType.S3Credentials || endDate.Value is not { } end || end <= now || end >= now + shortest)
        {
            return [];
        }

        return [$"S3 credentials must stay valid for at least {shortest.TotalMinutes:0} minutes: the auth service refuses an end date less than a minute after registering ({endDate.DisplayText} is too soon)"];
    }

    /// <summary>The encryption choices that exist for <paramref name="current"/>, in the screen's order.</summary>
    public static IReadOnlyList<PassphraseChoice> OfferedChoices(CurrentPassphrase current) => current switch
    {
        CurrentPassphrase.ProjectPassphrase => [PassphraseChoice.UseCurrent, PassphraseChoice.EnterNew, PassphraseChoice.GenerateNew],
        // As the console: without a project passphrase it offers "Enter my project passphrase" first (and by default).
        CurrentPassphrase.Unknown => [PassphraseChoice.SetMyProjectPassphrase, PassphraseChoice.EnterNew, PassphraseChoice.GenerateNew],
        _ => [PassphraseChoice.UseCurrent],
    };

    public static IReadOnlyList<string> CheckChoice(PassphraseChoice choice, CurrentPassphrase current)
    {
        if (OfferedChoices(current).Contains(choice))
        {
            return [];
        }

        return current == CurrentPassphrase.Unknown
            ? ["No project passphrase was entered: enter your project passphrase, enter a new passphrase or generate one"]
            : ["An access grant connection can only use its own key: a new passphrase needs the project's salt, which only the satellite has"];
    }

    /// <summary>A typed new passphrase: not blank, confirmed, and whatever the plugged-in check blocks.</summary>
    public static IReadOnlyList<string> CheckNewPassphrase(ReadOnlySpan<byte> passphrase, ReadOnlySpan<byte> confirmation, IPassphraseCheck? check)
    {
        if (IsBlank(passphrase))
        {
            return ["Enter a passphrase"];
        }

        var problems = new List<string>();
        if (!CryptographicOperations.FixedTimeEquals(passphrase, confirmation))
        {
            problems.Add("The passphrases do not match");
        }

        if (check is not null)
        {
            problems.AddRange(check.Check(passphrase).Where(f => f.BlocksNext).Select(f => f.Message));
        }

        return problems;
    }

    public static IReadOnlyList<string> CheckAcknowledged(bool acknowledged) =>
        acknowledged ? [] : ["Tick \"I saved my encryption passphrase\" to continue"];

    /// <summary>Empty or whitespace only, read rune by rune so the secret never becomes a string.</summary>
    internal static bool IsBlank(ReadOnlySpan<byte> utf8)
    {
        while (!utf8.IsEmpty)
        {
            Rune.DecodeFromUtf8(utf8, out var rune, out var consumed);
            if (!Rune.IsWhiteSpace(rune))
            {
                return false;
            }

            utf8 = utf8[consumed..];
        }

        return true;
    }
}
