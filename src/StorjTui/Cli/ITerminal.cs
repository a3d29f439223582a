namespace StorjTui.Cli;

/// <summary>
/// The user's terminal, for prompts (email, password, MFA code, passphrase). Commands get one only when stdin
/// is a terminal; scripts feed secrets through stdin, files or the environment instead.
/// </summary>
internal interface ITerminal
{
    /// <summary>Shows <paramref name="prompt"/> and reads one line with echo on.</summary>
    string ReadLine(string prompt);

    /// <summary>Shows <paramref name="prompt"/> and reads one line with echo off, as UTF-8 bytes the caller clears.</summary>
    byte[] ReadSecret(string prompt);
}
