using BenchmarkDotNet.Attributes;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;

namespace StorjTui.Benchmarks;

/// <summary>
/// "Download all" of S3 credentials into a temp folder, one format per call: private temp file, fsync,
/// rename. Every format but <c>aws</c> writes one file; <c>aws</c> writes two (credentials + config).
/// </summary>
[MemoryDiagnoser]
public class BundleBenchmarks
{
    private string _folder = null!;
    private CredentialBundle _bundle = null!;
    private BundleWriteOptions _options = null!;

    [Params(BundleFormat.Txt, BundleFormat.Json, BundleFormat.Aws)]
    public BundleFormat Format { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Directory.CreateTempSubdirectory("storj-tui-bench-").FullName;
        _bundle = CredentialBundle.From(new CreatedAccess
        {
            Type = AccessType.S3Credentials,
            Name = "benchmark/backup",
            CreatedAt = DateTimeOffset.UtcNow,
            Permissions = Permissions.All,
            Buckets = ["backups"],
            AccessKeyId = "jwxbjabfm2ytj3ls7x3mhzlkujfq",
            SecretKey = "j2ka3xpdlmxxl2dzsbxtgjtpcuayefcrjd6ioxqwdnq2wrlkaqeye",
            Endpoint = "https://gateway.storjshare.io",
        });
        _options = new BundleWriteOptions { Formats = [Format], ReplaceExisting = true };
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    [Benchmark(Description = "bundle: write one format")]
    public int Write() => BundleWriter.DownloadAll(_bundle, _folder, _options).Files.Count;
}
