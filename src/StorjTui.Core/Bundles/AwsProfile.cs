namespace StorjTui.Core.Bundles;

/// <summary>
/// The aws CLI profile: key pair in the credentials file, endpoint and checksum settings in the config file.
/// <c>endpoint_url</c> in a profile is honoured only by aws CLI 1.29+ / 2.13+; older versions ignore it and
/// would send the key to AWS, hence the comment written with it. Values are checked by <see cref="LineValue"/>.
/// </summary>
internal static class AwsProfile
{
    public const string VersionCaveat =
        "# endpoint_url needs aws CLI >= 1.29 (v1) or >= 2.13 (v2); older versions ignore it and would send these keys to AWS.";

    public static string CredentialsSection(CredentialBundle bundle) =>
        $"[{bundle.ProfileName}]\n" +
        $"aws_access_key_id = {Value(bundle.Access.AccessKeyId, "access key id", "aws CLI credentials")}\n" +
        $"aws_secret_access_key = {Value(bundle.Access.SecretKey, "secret key", "aws CLI credentials")}\n";

    /// <summary>The config file calls named profiles <c>[profile name]</c>.</summary>
    public static string ConfigSection(CredentialBundle bundle) =>
        $"[profile {bundle.ProfileName}]\n" +
        $"{VersionCaveat}\n" +
        "region = global\n" +
        $"endpoint_url = {Value(bundle.Access.Endpoint, "endpoint", "aws CLI config")}\n" +
        // Storj's gateways do not accept the streaming trailer checksums newer CLIs send by default.
        "request_checksum_calculation = when_required\n" +
        "response_checksum_validation = when_required\n";

    public static string CredentialsFile(CredentialBundle bundle) =>
        $"# aws CLI credentials for Storj access \"{Printable(bundle.Access.Name)}\": add to ~/.aws/credentials\n" +
        $"# (with the .aws-config file), or point AWS_SHARED_CREDENTIALS_FILE at this file.\n" +
        CredentialsSection(bundle);

    public static string ConfigFile(CredentialBundle bundle) =>
        $"# aws CLI settings for Storj access \"{Printable(bundle.Access.Name)}\": add to ~/.aws/config, or point\n" +
        $"# AWS_CONFIG_FILE at this file; then: aws --profile {bundle.ProfileName} s3 ls\n" +
        ConfigSection(bundle);

    /// <summary>One line per value: the aws CLI would read an added line as a setting (credential_process runs a command).</summary>
    private static string Value(string? value, string field, string file) => LineValue.Check(value, field, file);

    /// <summary>A name inside a comment must not end the comment line.</summary>
    private static string Printable(string text) => BundleFileNames.Sanitize(text);
}
