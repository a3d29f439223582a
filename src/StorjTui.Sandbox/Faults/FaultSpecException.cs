namespace StorjTui.Sandbox.Faults;

/// <summary>A fault spec (<c>--fault</c>, <c>Sandbox:Faults</c>) that cannot be read; the message says what is wrong and shows a correct one.</summary>
public sealed class FaultSpecException : Exception
{
    public FaultSpecException() { }
    public FaultSpecException(string message) : base(message) { }
    public FaultSpecException(string message, Exception inner) : base(message, inner) { }
}
