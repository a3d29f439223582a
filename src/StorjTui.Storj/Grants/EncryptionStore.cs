using System.Text;

namespace StorjTui.Storj.Grants;

/// <summary>
/// The lookup side of an encryption access, built like Storj's <c>encryption.Store</c>: per bucket, a tree of
/// path components in plain and encrypted form; a lookup finds the deepest entry on the path, else the
/// default key. Components are raw bytes (held as Latin-1 strings, one char per byte, for dictionary keys).
/// </summary>
internal sealed class EncryptionStore
{
    private readonly Dictionary<string, Node> _roots = new(StringComparer.Ordinal);
    private readonly byte[]? _defaultKey;
    private readonly CipherSuite _defaultPathCipher;

    public EncryptionStore(byte[]? defaultKey, CipherSuite defaultPathCipher)
    {
        _defaultKey = defaultKey;
        _defaultPathCipher = defaultPathCipher;
    }

    /// <summary>A key with which further keys are derived, at some plain/encrypted path.</summary>
    public sealed record Base(byte[] Unencrypted, byte[] Encrypted, byte[] Key, CipherSuite PathCipher, bool IsDefault);

    /// <summary>Adds an entry; false when its paths disagree with earlier entries (Storj rejects those).</summary>
    public bool TryAdd(ReadOnlySpan<byte> bucket, ReadOnlySpan<byte> unencrypted, ReadOnlySpan<byte> encrypted, ReadOnlySpan<byte> key, CipherSuite cipher)
    {
        var unencParts = Split(unencrypted);
        var encParts = Split(encrypted);
        if (unencParts.Length != encParts.Length)
        {
            return false;
        }

        var bucketKey = Encoding.Latin1.GetString(bucket);
        var root = _roots.TryGetValue(bucketKey, out var existing) ? existing : new Node();

        // Check consistency along the whole path before changing anything.
        var node = root;
        for (var i = 0; i < unencParts.Length && node is not null; i++)
        {
            if (node.EncToUnenc.TryGetValue(encParts[i], out var u) && u != unencParts[i])
            {
                return false;
            }

            if (node.UnencToEnc.TryGetValue(unencParts[i], out var e) && e != encParts[i])
            {
                return false;
            }

            node = node.Children.GetValueOrDefault(unencParts[i]);
        }

        node = root;
        for (var i = 0; i < unencParts.Length; i++)
        {
            if (!node.Children.TryGetValue(unencParts[i], out var child))
            {
                child = new Node();
                node.Children[unencParts[i]] = child;
                node.EncChildren[encParts[i]] = child;
                node.UnencToEnc[unencParts[i]] = encParts[i];
                node.EncToUnenc[encParts[i]] = unencParts[i];
            }

            node = child;
        }

        node.Base = new Base(unencrypted.ToArray(), encrypted.ToArray(), key.ToArray(), cipher, false);
        _roots[bucketKey] = root;
        return true;
    }

    /// <summary>Finds the base for a plain path and the components left to derive from it; null base if none.</summary>
    public (Base? Base, string[] Remaining) LookupUnencrypted(ReadOnlySpan<byte> bucket, ReadOnlySpan<byte> path) => Lookup(bucket, path, plain: true);

    /// <summary>Finds the base for an encrypted path and the encrypted components left; null base if none.</summary>
    public (Base? Base, string[] Remaining) LookupEncrypted(ReadOnlySpan<byte> bucket, ReadOnlySpan<byte> path) => Lookup(bucket, path, plain: false);

    /// <summary>Splits a path like Storj's iterator: "" has no components, "a/" has "a" and "".</summary>
    public static string[] Split(ReadOnlySpan<byte> path) => path.IsEmpty ? [] : Encoding.Latin1.GetString(path).Split('/');

    public static byte[] Bytes(string component) => Encoding.Latin1.GetBytes(component);

    private (Base?, string[]) Lookup(ReadOnlySpan<byte> bucket, ReadOnlySpan<byte> path, bool plain)
    {
        var parts = Split(path);
        Base? best = null;
        var bestIndex = 0;
        if (_roots.TryGetValue(Encoding.Latin1.GetString(bucket), out var node))
        {
            var i = 0;
            while (true)
            {
                if (node.Base is not null)
                {
                    best = node.Base;
                    bestIndex = i;
                }

                if (i == parts.Length)
                {
                    break;
                }

                var children = plain ? node.Children : node.EncChildren;
                if (!children.TryGetValue(parts[i], out node!))
                {
                    break;
                }

                i++;
            }
        }

        if (best is null)
        {
            return _defaultKey is null
                ? (null, [])
                : (new Base([], [], _defaultKey, _defaultPathCipher, true), parts);
        }

        return (best, parts[bestIndex..]);
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Children { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, Node> EncChildren { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> UnencToEnc { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, string> EncToUnenc { get; } = new(StringComparer.Ordinal);

        public Base? Base { get; set; }
    }
}
