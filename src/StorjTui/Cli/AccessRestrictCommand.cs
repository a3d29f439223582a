using System.CommandLine;
using StorjTui.Core.Access;
using StorjTui.Core.Time;
using StorjTui.Storj.Grants;

namespace StorjTui.Cli;

/// <summary>
/// `storj-tui access restrict [GRANT|-] [--access GRANT] [--readonly[=true|false]] [--writeonly]
/// [--disallow-reads|writes|lists|deletes] [--prefix sj://bucket[/path]]… [--not-before T] [--not-after T]
/// [--max-object-ttl D]`: prints a restricted grant, with uplink's flags and defaults.
/// </summary>
internal static class AccessRestrictCommand
{
    public static Command Create(CliContext context)
    {
        var source = new GrantArgument();
        var access = new Option<string?>("--access")
        {
            Description = "The access grant to restrict (as uplink spells it; the GRANT argument does the same).",
            HelpName = "GRANT",
        };
        var readOnly = new Option<bool>("--readonly")
        {
            Description = "Implies --disallow-writes and --disallow-deletes. On by default, as in uplink: pass --readonly=false to keep writes and deletes.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => true,
        };
        var writeOnly = new Option<bool>("--writeonly")
        {
            Description = "Implies --disallow-reads and --disallow-lists (combine with --readonly=false).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var disallowReads = Disallow("--disallow-reads", "reads (downloads)");
        var disallowWrites = Disallow("--disallow-writes", "writes (uploads)");
        var disallowLists = Disallow("--disallow-lists", "lists");
        var disallowDeletes = Disallow("--disallow-deletes", "deletes");
        var prefixes = new Option<string[]>("--prefix")
        {
            Description = "Limit the grant to this bucket or key prefix (sj://bucket[/path]); repeat for several.",
            HelpName = "sj://bucket[/path]",
        };
        var notBefore = TimeOption("--not-before", "Not valid before this time");
        var notAfter = TimeOption("--not-after", "Not valid after this time");
        var maxObjectTtl = new Option<string?>("--max-object-ttl")
        {
            Description = "Objects uploaded with the grant are deleted after at most this long (e.g. 90m, 24h, 720h, 30d).",
            HelpName = "D",
        };
        var command = new Command("restrict",
            "Print a new access grant limited in what, where and when — offline, like uplink's 'access restrict'. " + GrantArgument.SharedMachineAdvice)
        {
            access, readOnly, writeOnly, disallowReads, disallowWrites, disallowLists, disallowDeletes,
            prefixes, notBefore, notAfter, maxObjectTtl,
        };
        source.AddTo(command);
        command.SetAction(parsed =>
        {
            var grant = source.Read(parsed, context.Secrets, parsed.GetValue(access));
            bool ro = parsed.GetValue(readOnly);
            bool wo = parsed.GetValue(writeOnly);
            // uplink: an explicit --disallow-X wins; otherwise --readonly/--writeonly decide.
            var permissions = Permissions.None;
            if (!(parsed.GetValue(disallowReads) ?? wo))
            {
                permissions |= Permissions.Read;
            }
            if (!(parsed.GetValue(disallowWrites) ?? ro))
            {
                permissions |= Permissions.Write;
            }
            if (!(parsed.GetValue(disallowLists) ?? wo))
            {
                permissions |= Permissions.List;
            }
            if (!(parsed.GetValue(disallowDeletes) ?? ro))
            {
                permissions |= Permissions.Delete;
            }
            var syntax = new TimeSyntax(context.Clock, TimeZoneInfo.Local);
            var restrictions = new GrantRestrictions
            {
                Permissions = permissions,
                Prefixes = [.. (parsed.GetValue(prefixes) ?? []).Select(ParsePrefix)],
                NotBefore = ParseTime(syntax, "--not-before", parsed.GetValue(notBefore)),
                NotAfter = ParseTime(syntax, "--not-after", parsed.GetValue(notAfter)),
                MaxObjectTtl = ParseDuration(parsed.GetValue(maxObjectTtl)),
                DisallowLocks = true, // uplink's restrict sets the legacy object-lock caveat too
            };
            var output = parsed.InvocationConfiguration.Output;
            output.Write(Apply(grant, restrictions).Serialize() + "\n");
            output.Flush();
            return ExitCodes.Ok;
        });
        return command;
    }

    private static AccessGrant Apply(AccessGrant grant, GrantRestrictions restrictions)
    {
        bool restrictsNothing = restrictions.Permissions == Permissions.All && restrictions.Prefixes.Count == 0
            && restrictions.NotBefore is null && restrictions.NotAfter is null && restrictions.MaxObjectTtl is null;
        if (!restrictsNothing)
        {
            return grant.Restrict(restrictions);
        }
        // Like uplink: nothing to restrict gives the same grant, re-serialized as uplink writes it.
        var limited = grant.EncryptionAccess.LimitTo(grant.ApiKey);
        return new AccessGrant(grant.SatelliteAddress, grant.ApiKey, new EncryptionAccess(
            limited.DefaultKey,
            limited.DefaultPathCipher,
            limited.StoreEntries.Select(e => new EncryptionStoreEntry(e.Bucket, e.UnencryptedPath, e.EncryptedPath, e.Key, e.PathCipher))));
    }

    private static Option<bool?> Disallow(string name, string what) => new(name)
    {
        Description = $"Disallow {what} (--{name[2..]}=false allows them even with --readonly/--writeonly).",
        Arity = ArgumentArity.ZeroOrOne,
    };

    private static Option<string?> TimeOption(string name, string what) => new(name)
    {
        Description = $"{what}: none, now, +90m, +2h30m, +7d, 1d/1w/1mo/1y, RFC 3339, or YYYY-MM-DD (the end of that day, local time).",
        HelpName = "T",
    };

    private static SharePrefix ParsePrefix(string text)
    {
        if (!text.StartsWith("sj://", StringComparison.Ordinal) || text.Length == 5 || text[5] == '/')
        {
            throw new InvalidInputException($"--prefix must look like sj://bucket or sj://bucket/path.");
        }
        return SharePrefix.FromPath(text);
    }

    private static DateTimeOffset? ParseTime(TimeSyntax syntax, string option, string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            return syntax.Parse(text);
        }
        catch (InvalidTimeException e)
        {
            throw new InvalidInputException($"{option}: {e.Message}", e);
        }
    }

    private static TimeSpan? ParseDuration(string? text)
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            return TimeSyntax.ParseDuration(text);
        }
        catch (InvalidTimeException e)
        {
            throw new InvalidInputException($"--max-object-ttl: {e.Message}", e);
        }
    }
}
