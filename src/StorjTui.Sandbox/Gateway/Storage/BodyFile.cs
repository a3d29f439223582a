using System.Security.Cryptography;
using StorjTui.Core.Bundles;

namespace StorjTui.Sandbox.Gateway.Storage;

/// <summary>
/// Streams a request body into a new 0600 file with a fixed-size buffer (memory does not grow with the object),
/// computing its MD5 and reserving quota as bytes arrive (<c>replacing</c>: the size of the object it will replace, see
/// <see cref="QuotaLedger.Reserve"/>). On any failure the file is deleted and the quota given back.
/// </summary>
internal static class BodyFile
{
    private const int BufferSize = 256 * 1024;

    public static async Task<(long Size, byte[] Md5)> WriteAsync(Stream body, string path, QuotaLedger quota, string project, CancellationToken cancellationToken, long replacing = 0)
    {
        long size = 0;
        try
        {
            using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            var buffer = new byte[BufferSize];
            await using (var file = PrivateFiles.OpenNew(path))
            {
                int read;
                while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
                {
                    quota.Reserve(project, read, replacing);
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
