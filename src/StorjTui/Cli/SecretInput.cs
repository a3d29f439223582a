using System.Text;
using StorjTui.Core.Bundles;
using StorjTui.Core.Input;

namespace StorjTui.Cli;

/// <summary>
/// Reads a secret (grant, API key, passphrase) the ways the README recommends on shared machines — stdin,
/// a file, or an environment variable — and, where allowed, an argument. Arguments show up in the process
/// list, so help texts steer people away from them and a secret given as an argument is warned about.
/// Every read is bounded (<see cref="BoundedReader"/>).
/// </summary>
/// <param name="warnArgument">Told when a secret came as a plain argument (the caller prints the warning once).</param>
internal sealed class SecretInput(TextReader stdin, Func<string, string?> getEnvironment, Action<string>? warnArgument = null)
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
            value = BoundedReader.ReadText(stdin, BoundedReader.SecretBytes, $"the {what} on stdin");
        }
        else if (argument is not null)
        {
            value = argument;
            warnArgument?.Invoke(what);
        }
        else if (file is not null)
        {
            try
            {
                value = BoundedReader.ReadFileText(
                    UserPaths.Expand(file, UserPaths.HomeFolder(getEnvironment)),
                    BoundedReader.SecretBytes,
                    $"the {what} file {file}");
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

    /// <summary>
    /// Reads a passphrase from stdin only: the whole input minus one trailing newline, kept exact otherwise,
    /// as UTF-8 bytes the caller clears. The characters pass through a buffer that is cleared here, never a string.
    /// </summary>
    public byte[] ReadPassphraseFromStdin()
    {
        var buffer = BoundedReader.ReadChars(stdin, BoundedReader.PassphraseBytes, "the passphrase on stdin", out var length);
        try
        {
            if (length > 0 && buffer[length - 1] == '\n')
            {
                length--;
                if (length > 0 && buffer[length - 1] == '\r')
                {
                    length--;
                }
            }
            return Encoding.UTF8.GetBytes(buffer, 0, length);
        }
        finally
        {
            SecretBuffer.Clear(buffer);
        }
    }
}
