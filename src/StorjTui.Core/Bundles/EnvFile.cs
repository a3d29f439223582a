using StorjTui.Core.Access;
using StorjTui.Core.Text;

namespace StorjTui.Core.Bundles;

/// <summary>
/// The <c>.env</c> file: the three variables AWS SDKs and the aws CLI read. Values are single-quoted for
/// <c>set -a; . file.env</c> (nothing in them is expanded or run) and may not hold line breaks, which other
/// dotenv readers would take as the start of a new variable.
/// </summary>
internal static class EnvFile
{
    public static string Render(CreatedAccess access) =>
        $"AWS_ACCESS_KEY_ID={Value(access.AccessKeyId, "access key id")}\n" +
        $"AWS_SECRET_ACCESS_KEY={Value(access.SecretKey, "secret key")}\n" +
        $"AWS_ENDPOINT_URL={Value(access.Endpoint, "endpoint")}\n";

    private static string Value(string? value, string field) => PosixShell.Quote(LineValue.Check(value, field, ".env file"));
}
