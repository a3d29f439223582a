using Amazon.S3;
using Amazon.S3.Model;

namespace StorjTui.Sandbox.Tests.Gateway;

/// <summary>A gateway sandbox per test on a temp folder, with the test-double policy.</summary>
public abstract class GatewayTestBase : IAsyncLifetime, IDisposable
{
    private protected readonly TempFolder Temp = new();
    private protected readonly ShiftedClock Clock = new();
    private protected readonly TestGrantAuthority Authority = new();
    private GatewaySandbox? sandbox;

    private protected GatewaySandbox Sandbox => sandbox!;

    private protected virtual SandboxOptions Options => new() { DataFolder = Temp.Sub("data"), Time = Clock };

    public async Task InitializeAsync() => sandbox = await GatewaySandbox.StartAsync(Options, Authority);

    public async Task DisposeAsync()
    {
        if (sandbox is not null)
        {
            await sandbox.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Temp.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>S3's ETag of a single-part object: its MD5 in quotes (MD5 is what S3 defines, not a security choice).</summary>
#pragma warning disable CA5351
    private protected static string ETagOf(byte[] body) => "\"" + Convert.ToHexStringLower(System.Security.Cryptography.MD5.HashData(body)) + "\"";
#pragma warning restore CA5351

    /// <summary>Restarts the sandbox on the same data folder.</summary>
    private protected async Task RestartAsync()
    {
        await sandbox!.DisposeAsync();
        sandbox = await GatewaySandbox.StartAsync(Options, Authority);
    }

    private protected static async Task PutAsync(AmazonS3Client s3, string bucket, string key, byte[] body) =>
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = key, InputStream = new MemoryStream(body) });

    private protected static async Task<byte[]> GetAsync(AmazonS3Client s3, string bucket, string key)
    {
        using var response = await s3.GetObjectAsync(bucket, key);
        using var copy = new MemoryStream();
        await response.ResponseStream.CopyToAsync(copy);
        return copy.ToArray();
    }

    private protected static async Task<AmazonS3Exception> S3ErrorAsync(Func<Task> call) => await Assert.ThrowsAnyAsync<AmazonS3Exception>(call);
}
