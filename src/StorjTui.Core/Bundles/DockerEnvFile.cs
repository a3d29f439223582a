using StorjTui.Core.Access;

namespace StorjTui.Core.Bundles;

/// <summary>
/// The <c>.docker.env</c> file for <c>docker run --env-file</c>. Docker takes everything after the first <c>=</c>
/// literally (no quotes, no expansion, trailing spaces kept), so values are written as they are — which is why this is
/// not the dotenv file — and a value with a line break or control character is refused: it would start a variable of
/// its own, or (a carriage return) be cut off by Docker's line reader.
/// </summary>
internal static class DockerEnvFile
{
    public static string Render(CreatedAccess access) =>
        $"AWS_ACCESS_KEY_ID={LineValue.Check(access.AccessKeyId, "access key id", ".docker.env file")}\n" +
        $"AWS_SECRET_ACCESS_KEY={LineValue.Check(access.SecretKey, "secret key", ".docker.env file")}\n" +
        $"AWS_ENDPOINT_URL={LineValue.Check(access.Endpoint, "endpoint", ".docker.env file")}\n";
}
