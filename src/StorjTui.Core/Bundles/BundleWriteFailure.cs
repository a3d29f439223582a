namespace StorjTui.Core.Bundles;

/// <summary>Why a bundle could not be written, so the screen can offer the right next step.</summary>
public enum BundleWriteFailure
{
    /// <summary>The folder does not exist (offer to create it).</summary>
    FolderMissing,
    /// <summary>No permission to write there, or a read-only file system.</summary>
    NotWritable,
    /// <summary>A file is where the folder (or one of its parents) should be.</summary>
    FolderIsAFile,
    /// <summary>A folder has the name a bundle file needs.</summary>
    TargetIsAFolder,
    /// <summary>A file with that name exists (ask before replacing; see <see cref="BundleWriteException.ExistingFiles"/>).</summary>
    FileExists,
    /// <summary>No space left on the device (or the quota is used up).</summary>
    DiskFull,
    /// <summary>The name cannot be a file name here (too long, or an unusable path).</summary>
    BadName,
    /// <summary>A value to write holds a line break or control character (see the message for which field).</summary>
    UnsafeValue,
    /// <summary>The restic repository's bucket is not chosen, or is not one the access can use (ask for one).</summary>
    BucketNeeded,
    /// <summary>Any other input/output error.</summary>
    Other,
}
