using System.Security.Cryptography;
using System.Text;

namespace StorjTui.Cli;

/// <summary>The process's own terminal. Prompts go to stderr so stdout stays clean for scripts.</summary>
internal sealed class ConsoleTerminal : ITerminal
{
    public string ReadLine(string prompt)
    {
        Console.Error.Write(prompt);
        return Console.ReadLine() ?? throw new OperationCanceledException();
    }

    public byte[] ReadSecret(string prompt)
    {
        Console.Error.Write(prompt);
        // Keys are read with intercept (no echo) into a char buffer that is cleared after encoding.
        var buffer = new char[256];
        var length = 0;
        try
        {
            while (true)
            {
                ConsoleKeyInfo key = Console.ReadKey(intercept: true);
                if (key.Key == ConsoleKey.Enter)
                {
                    break;
                }
                if (key.Key == ConsoleKey.Backspace)
                {
                    length = Math.Max(0, length - 1);
                    continue;
                }
                if (key.Key == ConsoleKey.C && key.Modifiers.HasFlag(ConsoleModifiers.Control))
                {
                    throw new OperationCanceledException();
                }
                if (key.KeyChar == '\0')
                {
                    continue;
                }
                if (length == buffer.Length)
                {
                    var larger = new char[buffer.Length * 2];
                    buffer.AsSpan().CopyTo(larger);
                    CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan()));
                    buffer = larger;
                }
                buffer[length++] = key.KeyChar;
            }
            return Encoding.UTF8.GetBytes(buffer, 0, length);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(System.Runtime.InteropServices.MemoryMarshal.AsBytes(buffer.AsSpan()));
            Console.Error.WriteLine();
        }
    }
}
