using StorjTui.Storj.Tests.Grants;

namespace StorjTui.Tests.Cli;

/// <summary>Bad grants and keys on the command line: one clear line on stderr, exit 1, never a stack trace or the secret.</summary>
public sealed class GrantBadInputTests
{
    private static readonly byte[] GoodPayload = Base58CheckText.DecodePayload(Vectors.InspectGrant);

    public static TheoryData<string, string, string> BadGrants() => new()
    {
        { "not base58", "0OIl" + Vectors.InspectGrant[4..], "not base58" },
        { "wrong checksum", Vectors.InspectGrant[..^1] + (Vectors.InspectGrant[^1] == 'Q' ? 'R' : 'Q'), "checksum" },
        { "truncated text", Vectors.InspectGrant[..40], "" },
        { "truncated protobuf", Base58CheckText.Encode(0, GoodPayload[..(GoodPayload.Length - 20)]), "truncated" },
        { "bad macaroon", Base58CheckText.Encode(0, ScopeWithApiKey([0x07, 0x01, 0x02, 0x03])), "API key" },
        { "wrong version", Base58CheckText.Encode(1, GoodPayload), "version" },
        { "empty payload", Base58CheckText.Encode(0, []), "" },
    };

    [Theory]
    [MemberData(nameof(BadGrants))]
    public void Inspect_rejects_bad_grants_with_one_line(string what, string grant, string mentions)
    {
        var result = Cli.RunWithStdin(grant, "access", "inspect", "-");
        result.AssertOneLineFailure();
        Assert.Contains(mentions, result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(grant, result.Stderr, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }

    [Theory]
    [MemberData(nameof(BadGrants))]
    public void Restrict_rejects_bad_grants_with_one_line(string what, string grant, string mentions)
    {
        var result = Cli.Run(new CliSetup { Environment = { ["STORJ_ACCESS"] = grant } }, "access", "restrict", "--readonly=false", "--disallow-deletes");
        result.AssertOneLineFailure();
        Assert.Contains(mentions, result.Stderr, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrWhiteSpace(what));
    }

    [Theory]
    [InlineData("not-a-key")]
    [InlineData("13YqeGFpvtzbUp1QAfpvy2E5ZqLUFFNhEkv7153UDGDVnSmTuYYa7tKUnENGgvFXCCSFP7zNhKw6fsuQmWG5JGdQJbXVaVYFhoM2LcB")]
    [InlineData("13YqeGFpvtzbUp1QAfpvy2E5")]
    public void Access_create_rejects_bad_api_keys_with_one_line(string key)
    {
        var result = Cli.Run(
            new CliSetup { Stdin = "pass", Environment = { ["STORJ_API_KEY"] = key } },
            "access", "create", "--satellite-address", "1ds2WEsr2Frv8AFcPkdHfCdUjDrnGpb6y4rpADpX32TXzxg57k@127.0.0.1:44819",
            "--salt", Vectors.SaltA, "--passphrase-stdin");
        result.AssertOneLineFailure();
        Assert.Contains("API key", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain(key, result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sample_of_fuzzed_grants_never_crashes_and_fails_with_one_line()
    {
        var random = new Random(20261126);
        string[] seeds = [Vectors.InspectGrant, Vectors.GrantA, Vectors.GrantB];
        int failures = 0;
        const int Runs = 400;
        for (int i = 0; i < Runs; i++)
        {
            string grant = Mutate(seeds[i % seeds.Length], random);
            var result = Cli.RunWithStdin(grant, "access", "inspect", "-");
            if (result.ExitCode == 0)
            {
                // A mutation can still be a valid grant (a flipped key byte); then it prints JSON and nothing else.
                Assert.Equal("", result.Stderr);
                using var _ = System.Text.Json.JsonDocument.Parse(result.Stdout);
                continue;
            }
            result.AssertOneLineFailure();
            failures++;
        }
        Assert.True(failures > Runs / 2, $"only {failures} of {Runs} mutations were rejected");
    }

    private static string Mutate(string grant, Random random)
    {
        byte[] payload = Base58CheckText.DecodePayload(grant);
        switch (random.Next(5))
        {
            case 0: // flip bytes, keep a valid checksum so the protobuf and macaroon parsers see them
                for (int n = random.Next(1, 4); n > 0; n--)
                {
                    payload[random.Next(payload.Length)] ^= (byte)random.Next(1, 256);
                }
                return Base58CheckText.Encode(0, payload);
            case 1: // truncate the payload
                return Base58CheckText.Encode(0, payload[..random.Next(payload.Length)]);
            case 2: // insert random bytes
                int at = random.Next(payload.Length);
                byte[] extra = new byte[random.Next(1, 8)];
                random.NextBytes(extra);
                return Base58CheckText.Encode(0, [.. payload[..at], .. extra, .. payload[at..]]);
            case 3: // change one character of the text
                char[] text = grant.ToCharArray();
                text[random.Next(text.Length)] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0OIl+/"[random.Next(62)];
                return new string(text);
            default: // random bytes
                byte[] noise = new byte[random.Next(0, 200)];
                random.NextBytes(noise);
                return Base58CheckText.Encode((byte)random.Next(2), noise);
        }
    }

    // A Scope with satellite "a", the given API key bytes and an empty encryption access.
    private static byte[] ScopeWithApiKey(byte[] apiKey) =>
        [0x0a, 0x01, (byte)'a', 0x12, (byte)apiKey.Length, .. apiKey, 0x1a, 0x00];
}
