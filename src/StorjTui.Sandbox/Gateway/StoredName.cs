using System.Buffers.Text;

namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// The text form of an encrypted object path in the gateway's index: each encrypted component as unpadded base64url,
/// joined by '/'. Keeping the components apart means a plain prefix that ends at a '/' is a prefix of the stored names
/// too (<c>EncryptKey("a/b") + "/"</c> starts every stored name under <c>a/b/</c>), while the text stays ASCII.
/// </summary>
internal static class StoredName
{
    public static string From(ReadOnlySpan<byte> encryptedPath)
    {
        var parts = new List<string>();
        while (true)
        {
            var slash = encryptedPath.IndexOf((byte)'/');
            if (slash < 0)
            {
                parts.Add(Base64Url.EncodeToString(encryptedPath));
                return string.Join('/', parts);
            }

            parts.Add(Base64Url.EncodeToString(encryptedPath[..slash]));
            encryptedPath = encryptedPath[(slash + 1)..];
        }
    }

    /// <summary>The encrypted path bytes, or null when the text is not a stored name.</summary>
    public static byte[]? TryParse(string storedName)
    {
        var output = new List<byte>(storedName.Length);
        var first = true;
        foreach (var part in storedName.Split('/'))
        {
            if (!first)
            {
                output.Add((byte)'/');
            }

            first = false;
            // TryDecodeFromChars throws on bad text rather than returning false.
            if (!Base64Url.IsValid(part.AsSpan(), out _))
            {
                return null;
            }

            output.AddRange(Base64Url.DecodeFromChars(part));
        }

        return [.. output];
    }
}
