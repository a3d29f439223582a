using StorjTui.Core.Access;
using StorjTui.Storj.S3;

namespace StorjTui.Storj.Tests.S3;

public sealed class CredentialsFileTests
{
    private const string AccessKey = "jwxmqnrbhnzxpbtwuxdkcj5qbmya";
    private const string Secret = "jzc2b3xxgkv3xpmftkgdhk5aemmwvtkmnv5cuxm5ofxuhlrv5vcyt";
    private const string Endpoint = "https://gateway.storjshare.io";

    private static void AssertKeys(S3CheckRequest request)
    {
        Assert.Equal(AccessKey, request.AccessKeyId);
        Assert.Equal(Secret, request.SecretKey);
        Assert.Equal(Endpoint, request.Endpoint);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Console_download_layout_is_read(string newline)
    {
        // STORJ.md §1: labels on their own line, blank line between blocks, no trailing newline.
        var text = string.Join(newline, "Access Key:", AccessKey, "", "Secret Key:", Secret, "", "Endpoint:", Endpoint);

        var request = CredentialsFile.Parse(text, "download.txt");

        AssertKeys(request);
        Assert.Equal(Permissions.All, request.Permissions);
        Assert.Empty(request.Buckets);
    }

    [Fact]
    public void Labels_with_values_on_the_same_line_are_read() =>
        AssertKeys(CredentialsFile.Parse($"Access Key: {AccessKey}\nSecret Key: {Secret}\nEndpoint: {Endpoint}\n", "x"));

    [Fact]
    public void Copy_all_line_is_read() =>
        AssertKeys(CredentialsFile.Parse($"{AccessKey} {Secret} {Endpoint}", "clipboard"));

    [Fact]
    public void Env_file_is_read_with_export_and_quotes_tolerated() =>
        AssertKeys(CredentialsFile.Parse(
            $"# saved\nexport AWS_ACCESS_KEY_ID={AccessKey}\nAWS_SECRET_ACCESS_KEY=\"{Secret}\"\nAWS_ENDPOINT_URL='{Endpoint}'\n", "x.env"));

    [Fact]
    public void Json_file_gives_permissions_and_buckets_too()
    {
        var json = $$"""
            {
              "name": "demo",
              "type": "S3-Credentials",
              "access_key_id": "{{AccessKey}}",
              "secret_key": "{{Secret}}",
              "endpoint": "{{Endpoint}}",
              "permissions": ["Read", "List"],
              "buckets": ["photos", "backups"]
            }
            """;

        var request = CredentialsFile.Parse(json, "x.json");

        AssertKeys(request);
        Assert.Equal(Permissions.Read | Permissions.List, request.Permissions);
        Assert.Equal(["photos", "backups"], request.Buckets);
    }

    [Theory]
    [InlineData("\"permissions\": [1]", "x.json: \"permissions\" holds a number: use \"read\", \"write\", \"list\" and \"delete\".")]
    [InlineData("\"permissions\": [\"raed\"]", "x.json: \"permissions\" holds an unknown word: use \"read\", \"write\", \"list\" and \"delete\".")]
    [InlineData("\"permissions\": \"read\"", "x.json: \"permissions\" must be a list such as [\"read\", \"list\"].")]
    [InlineData("\"buckets\": [1]", "x.json: \"buckets\" must be a list of bucket names such as [\"photos\"].")]
    public void Json_permissions_and_buckets_of_the_wrong_kind_are_named(string field, string message)
    {
        var json = $$"""{"access_key_id": "{{AccessKey}}", "secret_key": "{{Secret}}", "endpoint": "{{Endpoint}}", {{field}}}""";
        var error = Assert.Throws<CredentialsFileException>(() => CredentialsFile.Parse(json, "x.json"));
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Missing_values_are_named_without_echoing_the_file()
    {
        var error = Assert.Throws<CredentialsFileException>(() => CredentialsFile.Parse($"Secret Key:\n{Secret}\n", "half.txt"));

        Assert.Contains("half.txt has no access key, no endpoint", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_json_is_a_typed_error_without_the_secret()
    {
        var error = Assert.Throws<CredentialsFileException>(() => CredentialsFile.Parse($"{{\"secret_key\": \"{Secret}\",", "x.json"));

        Assert.Contains("x.json is not valid JSON", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_a_typed_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "storj-tui-no-such-file-" + Guid.NewGuid().ToString("N"));

        var error = Assert.Throws<CredentialsFileException>(() => CredentialsFile.Read(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
