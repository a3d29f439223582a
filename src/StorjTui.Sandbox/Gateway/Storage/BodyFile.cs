using System.Security.Cryptography;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// Streams a request body into a new 0600 file with a fixed-size buffer (memory does not grow with the object),
/// computing its MD5 and reserving quota as bytes arrive. On any failure the file is deleted and the quota given back.
/// </summary>
internal static class BodyFile
{
    private const int BufferSize = 256 * 1024;

    public static async Task<(long Size, byte[] Md5)> WriteAsync(Stream body, string path, QuotaLedger quota, string project, CancellationToken cancellationToken)
    {
        long size = 0;
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            var buffer = new byte[BufferSize];
            await using (var file = new FileStream(path, options))
            {
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    quota.Reserve(project, read);
                    size += read;
                    md5.AppendData(buffer, 0, read);
                    await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                }
            }
            return (size, md5.GetHashAndReset());
        }
        catch
        {
            quota.Release(project, size);
            File.Delete(path);
            throw;
        }
    }
}
