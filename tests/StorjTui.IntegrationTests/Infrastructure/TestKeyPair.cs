using System.Security.Cryptography;

namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>A random S3 key pair shaped like Storj's (28-character access key id, 53-character secret).</summary>
public sealed record TestKeyPair(string AccessKeyId, string SecretKey)
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    public static TestKeyPair Generate() =>
        new(RandomNumberGenerator.GetString(Alphabet, 28), RandomNumberGenerator.GetString(Alphabet, 53));

    public override string ToString() => $"TestKeyPair {{ AccessKeyId = {AccessKeyId} }}";
}
