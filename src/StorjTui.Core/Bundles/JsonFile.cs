using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// The <c>.json</c> file: the auth service's key names (<c>access_key_id</c>, <c>secret_key</c>, <c>endpoint</c>)
/// plus what the access allows. An empty <c>buckets</c> list means all buckets. Never the passphrase.
/// </summary>
internal static class JsonFile
{
    public static string Render(CreatedAccess access)
    {
        using var stream = new MemoryStream();
        var options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        using (var json = new Utf8JsonWriter(stream, options))
        {
            json.WriteStartObject();
            json.WriteString("name", access.Name);
            json.WriteString("type", BundleFileNames.TypeWord(access.Type));
            switch (access.Type)
            {
                case AccessType.S3Credentials:
                    json.WriteString("access_key_id", access.AccessKeyId);
                    json.WriteString("secret_key", access.SecretKey);
                    json.WriteString("endpoint", access.Endpoint);
                    break;
                case AccessType.AccessGrant:
                    json.WriteString("access_grant", access.AccessGrant);
                    break;
                case AccessType.ApiKey:
                    json.WriteString("api_key", access.ApiKey);
                    break;
            }

            json.WriteString("created", BundleFileNames.IsoTimestamp(access.CreatedAt));
            if (access.NotAfter is { } notAfter)
            {
                json.WriteString("expires", BundleFileNames.IsoTimestamp(notAfter));
            }
            else
            {
                json.WriteNull("expires");
            }

            json.WriteStartArray("permissions");
            foreach (var permission in access.Permissions.Each())
            {
                json.WriteStringValue(permission.ToString());
            }

            json.WriteEndArray();
            json.WriteStartArray("buckets");
            foreach (var bucket in access.Buckets)
            {
                json.WriteStringValue(bucket);
            }

            json.WriteEndArray();
            if (access.SatelliteAddress is { } satellite)
            {
                json.WriteString("satellite", satellite);
            }
            else
            {
                json.WriteNull("satellite");
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
