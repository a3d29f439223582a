using System.Runtime.InteropServices;

namespace StorjTui.Core.Bundles;

/// <summary>
/// Who owns a folder, compared with the user running the app. .NET exposes a folder's mode but not its owner, so
/// this asks Linux's <c>statx</c>, whose layout is the same on every architecture. Elsewhere, or on a C library
/// without it, the owner is unknown and no one is reported.
/// </summary>
internal static partial class FolderOwner
{
    private const int AtCurrentFolder = -100;
    private const uint StatxUid = 0x8;
    private const int StatxSize = 256;
    private const int UidOffset = 20;

    /// <summary>The owner's user id when it is neither this user nor root (root can replace anything anyway); else null.</summary>
    public static uint? OtherUser(string folder)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var buffer = new byte[StatxSize];
            if (Statx(AtCurrentFolder, folder, 0, StatxUid, buffer) != 0 || (BitConverter.ToUInt32(buffer, 0) & StatxUid) == 0)
            {
                return null;
            }

            var owner = BitConverter.ToUInt32(buffer, UidOffset);
            return owner != 0 && owner != GetEffectiveUserId() ? owner : null;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Statx(int directory, string path, int flags, uint mask, [Out] byte[] result);

    [LibraryImport("libc", EntryPoint = "geteuid")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial uint GetEffectiveUserId();
}
