using System.Buffers.Text;
using StorjTui.Storj.Grants;

namespace StorjTui.Cli;

/// <summary>
/// The JSON uplink's <c>access inspect</c> prints (STORJ.md §8), byte for byte: the grant as uplink would
/// re-serialize it (encryption access limited to what the API key allows), keys in Go's field order, empty
/// fields left out, caveats with only their set fields.
/// </summary>
internal static class AccessInspectJson
{
    public static string Write(AccessGrant grant)
    {
        var json = new GoJsonWriter();
        json.StartObject();
        json.Name("satellite_addr");
        json.String(grant.SatelliteAddress);
        json.Name("encryption_access");
        WriteEncryptionAccess(json, grant.EncryptionAccess.LimitTo(grant.ApiKey));
        json.Name("api_key");
        json.String(grant.ApiKey.Serialize());
        json.Name("macaroon");
        WriteMacaroon(json, grant.ApiKey);
        json.EndObject();
        return json.ToString();
    }

    private static void WriteEncryptionAccess(GoJsonWriter json, EncryptionAccess access)
    {
        // uplink re-serializes the access before printing it; its writer leaves the encryption parameters out.
        json.StartObject();
        if (access.DefaultKey is { Length: > 0 } key)
        {
            json.Name("default_key");
            json.String(Convert.ToBase64String(key));
        }
        if (access.StoreEntries.Count > 0)
        {
            json.Name("store_entries");
            json.StartArray();
            foreach (var entry in access.StoreEntries)
            {
                WriteStoreEntry(json, entry);
            }
            json.EndArray();
        }
        if (access.DefaultPathCipher != CipherSuite.Unspecified)
        {
            json.Name("default_path_cipher");
            json.String(CipherName(access.DefaultPathCipher));
        }
        json.EndObject();
    }

    private static void WriteStoreEntry(GoJsonWriter json, EncryptionStoreEntry entry)
    {
        json.StartObject();
        OptionalBytesAsString(json, "bucket", entry.Bucket);
        OptionalBytesAsString(json, "unencrypted_path", entry.UnencryptedPath);
        OptionalString(json, "encrypted_path", EncodedPath(entry.EncryptedPath));
        OptionalString(json, "key", PaddedBase64Url(entry.Key));
        if (entry.PathCipher != CipherSuite.Unspecified)
        {
            json.Name("path_cipher");
            json.String(CipherName(entry.PathCipher));
        }
        json.EndObject();
    }

    private static void WriteMacaroon(GoJsonWriter json, ApiKey apiKey)
    {
        var macaroon = apiKey.Macaroon;
        json.StartObject();
        json.Name("head");
        json.String(PaddedBase64Url(macaroon.Head));
        json.Name("caveats");
        json.StartArray();
        foreach (var caveat in apiKey.Caveats)
        {
            WriteCaveat(json, caveat);
        }
        json.EndArray();
        json.Name("tail");
        json.String(PaddedBase64Url(macaroon.Tail));
        json.EndObject();
    }

    private static void WriteCaveat(GoJsonWriter json, Caveat caveat)
    {
        json.StartObject();
        Flag(json, "disallow_reads", caveat.DisallowReads);
        Flag(json, "disallow_writes", caveat.DisallowWrites);
        Flag(json, "disallow_lists", caveat.DisallowLists);
        Flag(json, "disallow_deletes", caveat.DisallowDeletes);
        Flag(json, "disallow_locks", caveat.DisallowLocks);
        Flag(json, "disallow_put_retention", caveat.DisallowPutRetention);
        Flag(json, "disallow_get_retention", caveat.DisallowGetRetention);
        Flag(json, "disallow_put_legal_hold", caveat.DisallowPutLegalHold);
        Flag(json, "disallow_get_legal_hold", caveat.DisallowGetLegalHold);
        Flag(json, "disallow_bypass_governance_retention", caveat.DisallowBypassGovernanceRetention);
        Flag(json, "disallow_put_bucket_object_lock_configuration", caveat.DisallowPutBucketObjectLockConfiguration);
        Flag(json, "disallow_get_bucket_object_lock_configuration", caveat.DisallowGetBucketObjectLockConfiguration);
        Flag(json, "disallow_put_bucket_notification_configuration", caveat.DisallowPutBucketNotificationConfiguration);
        Flag(json, "disallow_get_bucket_notification_configuration", caveat.DisallowGetBucketNotificationConfiguration);
        if (caveat.AllowedPaths.Count > 0)
        {
            json.Name("allowed_paths");
            json.StartArray();
            foreach (var path in caveat.AllowedPaths)
            {
                json.StartObject();
                OptionalBytesAsString(json, "bucket", path.Bucket);
                OptionalString(json, "encrypted_path_prefix", EncodedPath(path.EncryptedPathPrefix));
                json.EndObject();
            }
            json.EndArray();
        }
        if (caveat.NotAfterTimestamp is { } notAfter)
        {
            json.Name("not_after");
            json.String(GoTimeText.Format(notAfter));
        }
        if (caveat.NotBeforeTimestamp is { } notBefore)
        {
            json.Name("not_before");
            json.String(GoTimeText.Format(notBefore));
        }
        if (caveat.MaxObjectTtlNanoseconds is { } ttl)
        {
            json.Name("max_object_ttl");
            json.Number(ttl);
        }
        if (caveat.Nonce is { Length: > 0 } nonce)
        {
            json.Name("nonce");
            json.String(Convert.ToBase64String(nonce));
        }
        json.EndObject();
    }

    private static void Flag(GoJsonWriter json, string name, bool value)
    {
        if (value)
        {
            json.Name(name);
            json.Bool(true);
        }
    }

    private static void OptionalBytesAsString(GoJsonWriter json, string name, byte[] value)
    {
        if (value.Length > 0)
        {
            json.Name(name);
            json.Utf8String(value);
        }
    }

    private static void OptionalString(GoJsonWriter json, string name, string value)
    {
        if (value.Length > 0)
        {
            json.Name(name);
            json.String(value);
        }
    }

    /// <summary>An encrypted path as uplink shows it: each '/'-separated component as padded base64url.</summary>
    private static string EncodedPath(byte[] encrypted)
    {
        if (encrypted.Length == 0)
        {
            return "";
        }
        var components = new List<string>();
        int start = 0;
        for (int i = 0; i <= encrypted.Length; i++)
        {
            if (i == encrypted.Length || encrypted[i] == (byte)'/')
            {
                components.Add(PaddedBase64Url(encrypted.AsSpan(start, i - start)));
                start = i + 1;
            }
        }
        return string.Join('/', components);
    }

    /// <summary>Go's <c>base64.URLEncoding</c>: URL alphabet, with '=' padding.</summary>
    private static string PaddedBase64Url(ReadOnlySpan<byte> bytes)
    {
        string unpadded = Base64Url.EncodeToString(bytes);
        return unpadded + new string('=', (4 - unpadded.Length % 4) % 4);
    }

    private static string CipherName(CipherSuite cipher) => cipher switch
    {
        CipherSuite.Unspecified => "ENC_UNSPECIFIED",
        CipherSuite.Null => "ENC_NULL",
        CipherSuite.AesGcm => "ENC_AESGCM",
        CipherSuite.SecretBox => "ENC_SECRETBOX",
        // Go's proto.EnumName prints an unknown value as its number.
        _ => ((int)cipher).ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
