namespace StorjTui.Cli;

/// <summary>
/// Reads a secret (grant, API key, passphrase) the ways the README recommends on shared machines — stdin,
/// a file, or an environment variable — and, where allowed, an argument. Arguments show up in the process
/// list, so help texts steer people away from them.
/// </summary>
internal sealed class SecretInput(TextReader stdin, Func<string, string?> getEnvironment)
{
    public static SecretInput FromConsole() => new(Console.In, Environment.GetEnvironmentVariable);

    /// <summary>
    /// Resolves one secret: <paramref name="argument"/> ("-" means stdin), else <paramref name="file"/>, else
    /// the environment variable. Exactly one source may be given.
    /// </summary>
    public string Read(string what, string? argument, string? file, string? environmentVariable)
    {
        if (argument is not null && file is not null)
        {
            throw new UsageException($"give the {what} either as an argument or with a file, not both.");
        }
        string? value;
        if (argument == "-")
        {
            value = stdin.ReadToEnd();
        }
        else if (argument is not null)
        {
            value = argument;
        }
        else if (file is not null)
        {
            try
            {
                value = File.ReadAllText(ExpandHome(file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new UsageException($"cannot read the {what} from {file}: {e.Message}", e);
            }
        }
        else
        {
            value = environmentVariable is null ? null : getEnvironment(environmentVariable);
        }
        value = value?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            string env = environmentVariable is null ? "" : $", or set {environmentVariable}";
            throw new UsageException($"no {what} given: pass '-' to read it from stdin, use a file{env}.");
        }
        return value;
    }

    /// <summary>Reads a passphrase from stdin only: the whole input minus one trailing newline, kept exact otherwise.</summary>
    public string ReadPassphraseFromStdin()
    {
        string text = stdin.ReadToEnd();
        if (text.EndsWith("\r\n", StringComparison.Ordinal))
        {
            text = text[..^2];
        }
        else if (text.EndsWith('\n'))
        {
            text = text[..^1];
        }
        return text;
    }

    /// <summary>Expands a leading ~ the way a shell would, for paths people type into prompts and files.</summary>
    public static string ExpandHome(string path)
    {
        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            string home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return home + path[1..];
        }
        return path;
    }
}
