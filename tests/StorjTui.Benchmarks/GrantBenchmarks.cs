using System.Security.Cryptography;
using System.Text;
using BenchmarkDotNet.Attributes;
using StorjTui.Core.Access;
using StorjTui.Storj.Grants;

namespace StorjTui.Benchmarks;

/// <summary>
/// Restricting a project grant the way a created access is restricted (permissions, two buckets with encrypted
/// prefixes, an end date) and serializing the result to base58 — per grant. The root key is derived once in setup.
/// </summary>
[MemoryDiagnoser]
public class GrantBenchmarks
{
    private AccessGrant _projectGrant = null!;
    private GrantRestrictions _restrictions = null!;

    [GlobalSetup]
    public void Setup()
    {
        var apiKey = ApiKey.FromMacaroon(Macaroon.NewUnrestricted(RandomNumberGenerator.GetBytes(32), RandomNumberGenerator.GetBytes(32)));
        var passphrase = Encoding.UTF8.GetBytes("benchmark passphrase, not a secret");
        _projectGrant = GrantBuilder.Create(apiKey, "12EayRS2V1kEsWESU9QMRseFhdxYxKicsiFmxrsLZHeLUtdps3S@us1.storj.io:7777", passphrase, RandomNumberGenerator.GetBytes(32));
        _restrictions = new GrantRestrictions
        {
            Permissions = Permissions.Read | Permissions.List,
            Prefixes = [new SharePrefix("backups"), new SharePrefix("photos", "2026/")],
            NotAfter = DateTimeOffset.UtcNow.AddDays(30),
        };
    }

    [Benchmark(Description = "grant: restrict + serialize one")]
    public int RestrictAndSerialize() => _projectGrant.Restrict(_restrictions).Serialize().Length;

    [Benchmark(Description = "grant: serialize only")]
    public int Serialize() => _projectGrant.Serialize().Length;
}
