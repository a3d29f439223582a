namespace StorjTui.Core.Bundles;

/// <summary>Choices for "Download all".</summary>
public sealed record BundleWriteOptions
{
    /// <summary>Formats to save; null means the bundle's <see cref="CredentialBundle.ReadyFormats"/>.</summary>
    public IReadOnlyList<BundleFormat>? Formats { get; init; }

    /// <summary>Create the folder (0700) when missing; otherwise a missing folder is a <see cref="BundleWriteFailure.FolderMissing"/> error.</summary>
    public bool CreateFolder { get; init; }

    /// <summary>Replace files that exist; only after the person said so.</summary>
    public bool ReplaceExisting { get; init; }

    /// <summary>A generated passphrase (UTF-8) to save as <c>Storj-passphrase-…txt</c>; the caller still owns and clears it.</summary>
    public byte[]? GeneratedPassphrase { get; init; }

    /// <summary>
    /// Test seam, injected per call: called with the temp files' paths after they are written and before they are
    /// renamed, so a test can kill the writer at that moment. Internal (only tests and the test probe see it); the app
    /// never sets it and no environment variable or setting reaches it.
    /// </summary>
    internal Action<IReadOnlyList<string>>? BeforeRename { get; init; }

    /// <summary>Never prints the passphrase.</summary>
    public override string ToString() =>
        $"BundleWriteOptions {{ CreateFolder = {CreateFolder}, ReplaceExisting = {ReplaceExisting}, Passphrase = {(GeneratedPassphrase is null ? "none" : "given")} }}";
}
