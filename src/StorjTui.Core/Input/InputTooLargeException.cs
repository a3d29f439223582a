namespace StorjTui.Core.Input;

/// <summary>
/// An input (stdin, a file) went on past the size it can have — a mistake such as <c>/dev/zero</c> or the wrong
/// file. The message names the input and its limit; it never quotes the content, which may be a secret.
/// </summary>
public sealed class InputTooLargeException : Exception
{
    public InputTooLargeException() { }

    public InputTooLargeException(string message) : base(message) { }

    public InputTooLargeException(string message, Exception inner) : base(message, inner) { }

    /// <summary>"<paramref name="what"/> is too large (more than N KiB)".</summary>
    public static InputTooLargeException For(string what, int limitBytes) =>
        new($"{what} is too large (more than {BoundedReader.Describe(limitBytes)})");
}
