using System.Text;
using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Bundles;

/// <summary>
/// The <c>.k8s-secret.yaml</c> read by a real YAML parser (PyYAML) and compared with what kubectl itself makes
/// offline from the same values (<c>kubectl create secret generic --from-env-file --dry-run=client</c>; applying it
/// needs an API server).
/// </summary>
public sealed class KubernetesSecretToolTests : IDisposable
{
    private const string ToJson = "import json, sys, yaml; sys.stdout.write(json.dumps(yaml.safe_load(open(sys.argv[1], encoding='utf-8'))))";
    private readonly string _folder = Directory.CreateTempSubdirectory("storj-tui-k8s-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CredentialBundle Bundle(string value) => CredentialBundle.From(new CreatedAccess
    {
        Type = AccessType.S3Credentials,
        Name = "Prod/Backup",
        CreatedAt = DateTimeOffset.UtcNow,
        Permissions = Permissions.All,
        Buckets = [],
        AccessKeyId = value + "-id",
        SecretKey = value + "-secret",
        Endpoint = value,
    });

    private async Task<JsonDocument> Yaml(CredentialBundle bundle)
    {
        RequiredTool.Ensure("python3");
        var probe = await ExternalCommand.RunAsync("python3", ["-c", "import yaml"]);
        RequiredTool.Require(probe.Succeeded, "python3 has no PyYAML (Debian: python3-yaml).");
        var path = Path.Combine(_folder, "x.k8s-secret.yaml");
        await File.WriteAllBytesAsync(path, Assert.Single(bundle.Render(BundleFormat.K8s)).Content);
        var parsed = await ExternalCommand.RunAsync("python3", ["-c", ToJson, path]);
        Assert.True(parsed.Succeeded, parsed.Describe());
        return JsonDocument.Parse(parsed.StandardOutput);
    }

    [SkippableTheory]
    [InlineData("https://gateway.storjshare.io")]
    [InlineData("$(touch pwned) 'q' \"d\" #h: x\\y")]
    [InlineData("line\nbreak\r\u0085\u2028\u2029\u001b]52;c;cHduZWQ=\u0007\0\ufeff")]
    [InlineData("\": x\nkind: Pod\n#")]
    public async Task PyYaml_reads_a_secret_with_exact_values(string value)
    {
        using var json = await Yaml(Bundle(value));

        var root = json.RootElement;
        Assert.Equal(["apiVersion", "kind", "metadata", "type", "stringData"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("v1", root.GetProperty("apiVersion").GetString());
        Assert.Equal("Secret", root.GetProperty("kind").GetString());
        Assert.Equal("Opaque", root.GetProperty("type").GetString());
        Assert.Equal("prod-backup", root.GetProperty("metadata").GetProperty("name").GetString());
        var data = root.GetProperty("stringData").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(["AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL", "AWS_REGION"], data.Keys);
        Assert.Equal(value + "-id", data["AWS_ACCESS_KEY_ID"]);
        Assert.Equal(value + "-secret", data["AWS_SECRET_ACCESS_KEY"]);
        Assert.Equal(value, data["AWS_ENDPOINT_URL"]);
        Assert.Equal("global", data["AWS_REGION"]);
    }

    [SkippableFact]
    public async Task The_secret_holds_what_kubectl_makes_from_the_docker_env_file()
    {
        RequiredTool.Ensure("kubectl");
        var bundle = Bundle("https://gate.example/$(x) 'q' \"d\" #h");
        var envFile = Path.Combine(_folder, "x.docker.env");
        await File.WriteAllBytesAsync(envFile, Assert.Single(bundle.Render(BundleFormat.Docker)).Content);
        // An empty kubeconfig: --dry-run=client must not need (or reach) any cluster.
        var env = new Dictionary<string, string?> { ["KUBECONFIG"] = Path.Combine(_folder, "no-kubeconfig") };

        var made = await ExternalCommand.RunAsync("kubectl", ["create", "secret", "generic", "prod-backup", "--from-env-file=" + envFile, "--dry-run=client", "-o", "json"], env);
        Assert.True(made.Succeeded, made.Describe());
        using var kubectl = JsonDocument.Parse(made.StandardOutput);
        using var ours = await Yaml(bundle);

        Assert.Equal(kubectl.RootElement.GetProperty("kind").GetString(), ours.RootElement.GetProperty("kind").GetString());
        Assert.Equal(kubectl.RootElement.GetProperty("metadata").GetProperty("name").GetString(), ours.RootElement.GetProperty("metadata").GetProperty("name").GetString());
        var expected = kubectl.RootElement.GetProperty("data").EnumerateObject()
            .ToDictionary(p => p.Name, p => Encoding.UTF8.GetString(Convert.FromBase64String(p.Value.GetString()!)));
        var actual = ours.RootElement.GetProperty("stringData").EnumerateObject().Where(p => p.Name != "AWS_REGION").ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Assert.Equal(expected.OrderBy(p => p.Key), actual.OrderBy(p => p.Key));
    }
}
