namespace StorjTui.Core.Bundles;

/// <summary>
/// A bundle or config file could not be written. The message says what to do; it names paths but never a
/// secret. Nothing partial is left behind when this is thrown.
/// </summary>
public class BundleWriteException : IOException
{
    public BundleWriteException() : this(BundleWriteFailure.Other, "The file could not be written.") { }

    public BundleWriteException(string message) : this(BundleWriteFailure.Other, message) { }

    public BundleWriteException(string message, Exception inner) : this(BundleWriteFailure.Other, message, inner) { }

    public BundleWriteException(BundleWriteFailure failure, string message, Exception? inner = null, IReadOnlyList<string>? existingFiles = null)
        : base(message, inner)
    {
        Failure = failure;
        ExistingFiles = existingFiles ?? [];
    }

    /// <summary>What went wrong.</summary>
    public BundleWriteFailure Failure { get; }

    /// <summary>For <see cref="BundleWriteFailure.FileExists"/>: the files that would be replaced.</summary>
    public IReadOnlyList<string> ExistingFiles { get; }
}
