using System.Text;
using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

public class CredentialBundleTests
{
    private const string Base = "Storj-S3-Credentials-my-access-2026-01-01T12_00_00.000Z";

    [Fact]
    public void Txt_is_the_console_download_exactly_with_no_trailing_newline()
    {
        var file = Assert.Single(CredentialBundle.From(SampleAccess.S3()).Render(BundleFormat.Txt));

        Assert.Equal(Base + ".txt", file.FileName);
        Assert.Equal(
            "Access Key:\njwvizqvv3ty3xyhhr5njgsrbk4fa\n\nSecret Key:\nj2ymk2pgcbzqi4kfyyc7ebbewj2jdj6phnjyvdxh5xfoiyvzgjwpq\n\nEndpoint:\nhttps://gateway.storjshare.io",
            Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void Access_grant_and_api_key_use_the_console_type_words_and_text()
    {
        var grant = CredentialBundle.From(SampleAccess.S3() with
        {
            Type = AccessType.AccessGrant, AccessKeyId = null, SecretKey = null, Endpoint = null, AccessGrant = "1grant",
        });
        var apiKey = CredentialBundle.From(SampleAccess.S3() with
        {
            Type = AccessType.ApiKey, AccessKeyId = null, SecretKey = null, Endpoint = null, ApiKey = "13Yqkey", SatelliteAddress = "12Eay@us1.storj.io:7777",
        });

        var grantFile = Assert.Single(grant.Render(BundleFormat.Txt));
        Assert.Equal("Storj-Access-Grant-my-access-2026-01-01T12_00_00.000Z.txt", grantFile.FileName);
        Assert.Equal("1grant", Encoding.UTF8.GetString(grantFile.Content));

        var keyFile = Assert.Single(apiKey.Render(BundleFormat.Txt));
        Assert.Equal("Storj-API-Key-my-access-2026-01-01T12_00_00.000Z.txt", keyFile.FileName);
        Assert.Equal("Satellite Address:\n12Eay@us1.storj.io:7777\n\nAPI Key:\n13Yqkey", Encoding.UTF8.GetString(keyFile.Content));

        Assert.Equal([BundleFormat.Txt, BundleFormat.Json, BundleFormat.Uplink], grant.SupportedFormats);
        Assert.Equal([BundleFormat.Txt, BundleFormat.Json], apiKey.SupportedFormats);
        Assert.Throws<NotSupportedException>(() => grant.Render(BundleFormat.Aws));
        Assert.Throws<NotSupportedException>(() => apiKey.Render(BundleFormat.Uplink));
    }

    [Fact]
    public void Env_file_has_the_three_aws_variables()
    {
        var file = Assert.Single(CredentialBundle.From(SampleAccess.S3()).Render(BundleFormat.Env));

        Assert.Equal(Base + ".env", file.FileName);
        Assert.Equal(
            $"AWS_ACCESS_KEY_ID='{SampleAccess.AccessKeyId}'\nAWS_SECRET_ACCESS_KEY='{SampleAccess.SecretKey}'\nAWS_ENDPOINT_URL='{SampleAccess.Endpoint}'\n",
            Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void Json_has_the_auth_service_names_and_the_access_details()
    {
        var file = Assert.Single(CredentialBundle.From(SampleAccess.S3()).Render(BundleFormat.Json));
        using var json = JsonDocument.Parse(file.Content);
        var root = json.RootElement;

        Assert.Equal(Base + ".json", file.FileName);
        Assert.Equal(SampleAccess.AccessKeyId, root.GetProperty("access_key_id").GetString());
        Assert.Equal(SampleAccess.SecretKey, root.GetProperty("secret_key").GetString());
        Assert.Equal(SampleAccess.Endpoint, root.GetProperty("endpoint").GetString());
        Assert.Equal("my-access", root.GetProperty("name").GetString());
        Assert.Equal("2026-01-01T12:00:00.000Z", root.GetProperty("created").GetString());
        Assert.Equal("2026-02-01T23:59:59.000Z", root.GetProperty("expires").GetString());
        Assert.Equal(["Read", "List"], root.GetProperty("permissions").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["my-bucket"], root.GetProperty("buckets").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Null, root.GetProperty("satellite").ValueKind);
        Assert.DoesNotContain(root.EnumerateObject(), p => p.Name.Contains("passphrase", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Json_without_end_date_says_null()
    {
        var file = Assert.Single(CredentialBundle.From(SampleAccess.S3() with { NotAfter = null }).Render(BundleFormat.Json));
        using var json = JsonDocument.Parse(file.Content);

        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("expires").ValueKind);
    }

    [Fact]
    public void Aws_files_hold_the_profile_endpoint_checksum_settings_and_the_version_caveat()
    {
        var files = CredentialBundle.From(SampleAccess.S3("prod/backup")).Render(BundleFormat.Aws);
        var credentials = Encoding.UTF8.GetString(files[0].Content);
        var config = Encoding.UTF8.GetString(files[1].Content);

        Assert.Equal("Storj-S3-Credentials-prod_backup-2026-01-01T12_00_00.000Z.aws-credentials", files[0].FileName);
        Assert.Equal("Storj-S3-Credentials-prod_backup-2026-01-01T12_00_00.000Z.aws-config", files[1].FileName);
        Assert.EndsWith(
            $"[prod-backup]\naws_access_key_id = {SampleAccess.AccessKeyId}\naws_secret_access_key = {SampleAccess.SecretKey}\n",
            credentials, StringComparison.Ordinal);
        Assert.EndsWith(
            "[profile prod-backup]\n" +
            "# endpoint_url needs aws CLI >= 1.29 (v1) or >= 2.13 (v2); older versions ignore it and would send these keys to AWS.\n" +
            "region = global\n" +
            "endpoint_url = https://gateway.storjshare.io\n" +
            "request_checksum_calculation = when_required\n" +
            "response_checksum_validation = when_required\n",
            config, StringComparison.Ordinal);
        Assert.DoesNotContain(SampleAccess.SecretKey, config, StringComparison.Ordinal);
        Assert.All(credentials.Split('\n').Concat(config.Split('\n')), line => Assert.DoesNotContain("prod/backup\n", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Rclone_remote_is_an_s3_remote_with_provider_storj()
    {
        var file = Assert.Single(CredentialBundle.From(SampleAccess.S3()).Render(BundleFormat.Rclone));

        Assert.Equal(Base + ".rclone.conf", file.FileName);
        Assert.Equal(
            $"[my-access]\ntype = s3\nprovider = Storj\naccess_key_id = {SampleAccess.AccessKeyId}\nsecret_access_key = {SampleAccess.SecretKey}\nendpoint = https://gateway.storjshare.io\n",
            Encoding.UTF8.GetString(file.Content));
    }

    [Theory]
    [InlineData("http://127.0.0.1:41235/")]
    [InlineData("http://localhost:7480/")]
    [InlineData("http://[::1]:7480/")]
    public void Rclone_remote_for_a_loopback_endpoint_uses_path_style(string endpoint)
    {
        // rclone puts the bucket in the host name for provider = Storj (and then ignores force_path_style), and
        // bucket.127.0.0.1 never resolves: the sandbox's gateway and local test servers need path style.
        var file = Assert.Single(CredentialBundle.From(SampleAccess.S3() with { Endpoint = endpoint }).Render(BundleFormat.Rclone));

        Assert.Equal(
            $"[my-access]\ntype = s3\n# A loopback endpoint (the storj-tui sandbox or a local test server): path-style, since bucket.<host> does not resolve here.\n" +
            $"provider = Other\nforce_path_style = true\naccess_key_id = {SampleAccess.AccessKeyId}\nsecret_access_key = {SampleAccess.SecretKey}\nendpoint = {endpoint}\n",
            Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void Passphrase_file_holds_only_the_phrase()
    {
        var file = CredentialBundle.From(SampleAccess.S3()).RenderPassphrase("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong"u8);

        Assert.Equal("Storj-passphrase-my-access-2026-01-01T12_00_00.000Z.txt", file.FileName);
        Assert.Equal("zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo wrong", Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void Missing_values_for_the_type_are_refused()
    {
        Assert.Throws<ArgumentException>(() => CredentialBundle.From(SampleAccess.S3() with { SecretKey = null }));
    }

    [Fact]
    public void ToString_and_disposed_files_hold_no_secret()
    {
        var bundle = CredentialBundle.From(SampleAccess.S3());
        var file = Assert.Single(bundle.Render(BundleFormat.Txt));
        file.Dispose();

        Assert.DoesNotContain(SampleAccess.SecretKey, bundle.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(SampleAccess.SecretKey, file.ToString(), StringComparison.Ordinal);
        Assert.All(file.Content, b => Assert.Equal(0, b));
    }
}
