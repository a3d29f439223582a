using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>The <c>.env</c> file: the three variables AWS SDKs and the aws CLI read.</summary>
internal static class EnvFile
{
    public static string Render(CreatedAccess access) =>
        $"AWS_ACCESS_KEY_ID={access.AccessKeyId}\n" +
        $"AWS_SECRET_ACCESS_KEY={access.SecretKey}\n" +
        $"AWS_ENDPOINT_URL={access.Endpoint}\n";
}
