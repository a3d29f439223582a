using CsCheck;
using StorjTui.Storj.Grants;

namespace StorjTui.Storj.Tests.Grants;

/// <summary>
/// Property tests: random and mutated inputs to every parser give a value or the typed error, nothing else;
/// whatever parses re-serializes to a fixed point. 100,000 inputs per parser (random and mutated mixed).
/// </summary>
public sealed class FuzzTests
{
    private const long Iterations = 100_000;
    private const string Base58Alphabet = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private static readonly byte[][] CaveatSeeds =
    [
        Convert.FromHexString("1001200152030a0162a2010b08c0c3d9ca0610c0a9d33ab2010308982af2010401020304"),
        Convert.FromHexString("18012001300138014001480152080a0670686f746f73520b0a04646f6373120302616258016001680170017801aa01060880e2cfaa06f20104aabbccdd"),
        Convert.FromHexString("b2011608ffffffffffffffffff011080b6ca91feffffffff01"),
        Convert.FromHexString("f20104bf532658"),
    ];

    private static readonly byte[][] MacaroonSeeds =
    [
        Vectors.MacaroonNoCaveats,
        Vectors.MacaroonCav1EmptySecret,
        Vectors.MacaroonCav1UnknownSecret,
        Base58Check.Decode(Vectors.NonceCaveatApiKey, out _),
    ];

    private static readonly byte[][] GrantSeeds =
    [
        Base58Check.Decode(Vectors.GrantA, out _),
        Base58Check.Decode(Vectors.GrantB, out _),
        Base58Check.Decode(Vectors.InspectGrant, out _),
        RestrictedGrantBytes(),
    ];

    /// <summary>Random bytes, or a seed mutated by flips, inserts, deletes, duplications and truncation.</summary>
    private static Gen<byte[]> Inputs(byte[][] seeds) => Gen.Frequency(
        (1, Gen.Byte.Array[0, 160]),
        (3, Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int, (i, seed) => Mutate(seeds[i], seed))));

    private static Gen<string> Texts(byte[][] seeds) => Gen.Frequency(
        (1, Gen.Char[Base58Alphabet].Array[0, 200].Select(c => new string(c))),
        (1, Gen.String[0, 60]),
        (2, Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int, (i, seed) => MutateText(Base58Check.Encode(0, seeds[i]), seed))),
        (4, Inputs(seeds).Select(b => Base58Check.Encode(0, b))));

    [Fact]
    public void Caveat_parser_gives_a_value_or_the_typed_error()
    {
        Inputs(CaveatSeeds).Sample(data =>
        {
            try
            {
                var caveat = Caveat.Parse(data);
                var bytes = caveat.ToBytes();
                Assert.Equal(bytes, Caveat.Parse(bytes).ToBytes());
            }
            catch (InvalidCaveatException)
            {
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Macaroon_parser_gives_a_value_or_the_typed_error()
    {
        Inputs(MacaroonSeeds).Sample(data =>
        {
            try
            {
                var mac = Macaroon.Parse(data);
                var bytes = mac.Serialize();
                Assert.Equal(bytes, Macaroon.Parse(bytes).Serialize());
            }
            catch (InvalidMacaroonException)
            {
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Api_key_parser_gives_a_value_or_the_typed_error()
    {
        Texts(MacaroonSeeds).Sample(text =>
        {
            try
            {
                var key = ApiKey.Parse(text);
                var serialized = key.Serialize();
                Assert.Equal(serialized, ApiKey.Parse(serialized).Serialize());
            }
            catch (InvalidApiKeyException)
            {
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Access_grant_parser_gives_a_value_or_the_typed_error()
    {
        Texts(GrantSeeds).Sample(text =>
        {
            try
            {
                var grant = AccessGrant.Parse(text);
                var serialized = grant.Serialize();
                Assert.Equal(serialized, AccessGrant.Parse(serialized).Serialize());
            }
            catch (InvalidAccessGrantException)
            {
            }
        }, iter: Iterations);
    }

    [Fact]
    public void Base58_decoder_gives_a_value_or_the_typed_error()
    {
        Gen.Frequency((1, Gen.String[0, 80]), (3, Gen.Char[Base58Alphabet].Array[0, 120].Select(c => new string(c)))).Sample(text =>
        {
            try
            {
                var payload = Base58Check.Decode(text, out var version);
                Assert.Equal(payload, Base58Check.Decode(Base58Check.Encode(version, payload), out _));
            }
            catch (InvalidBase58Exception)
            {
            }
        }, iter: Iterations);
    }

    private static byte[] RestrictedGrantBytes()
    {
        var grant = AccessGrant.Parse(Vectors.GrantA).Restrict(new GrantRestrictions
        {
            Permissions = Core.Access.Permissions.Read,
            Prefixes = [new SharePrefix("photos", "a/b"), new SharePrefix("docs")],
            NotAfter = DateTimeOffset.FromUnixTimeSeconds(1_800_000_000),
            MaxObjectTtl = TimeSpan.FromDays(1),
            Nonce = [1, 2, 3, 4],
        });
        return grant.ToBytes();
    }

    private static byte[] Mutate(byte[] seed, int randomSeed)
    {
        var random = new Random(randomSeed);
        var data = new List<byte>(seed);
        var edits = 1 + random.Next(4);
        for (var e = 0; e < edits; e++)
        {
            var at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2:
                    data.Insert(at, (byte)random.Next(256));
                    break;
                case 3 when data.Count > 0:
                    data.RemoveAt(at);
                    break;
                case 4 when data.Count > 0:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    var length = Math.Min(data.Count - at, 1 + random.Next(8));
                    data.InsertRange(at, data.GetRange(at, Math.Max(length, 0)));
                    break;
            }
        }

        return [.. data];
    }

    private static string MutateText(string text, int randomSeed)
    {
        var random = new Random(randomSeed);
        var chars = new List<char>(text);
        var at = random.Next(chars.Count);
        switch (random.Next(4))
        {
            case 0:
                chars[at] = Base58Alphabet[random.Next(Base58Alphabet.Length)];
                break;
            case 1:
                chars.RemoveAt(at);
                break;
            case 2:
                chars.Insert(at, (char)random.Next(32, 0x3000));
                break;
            default:
                chars.RemoveRange(at, chars.Count - at);
                break;
        }

        return new string([.. chars]);
    }
}
