using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;
using StorjTui.IntegrationTests.Infrastructure;

namespace StorjTui.IntegrationTests.Bundles;

/// <summary>
/// The <c>.k8s-secret.yaml</c> read by a real YAML parser (PyYAML, which tests/run-all.sh installs from Debian's
/// python3-yaml). kubectl's own rendering of the same values (<c>create secret generic --from-env-file
/// --dry-run=client</c>) was compared by hand: kubectl is not in Debian, so the repo cannot install it for CI.
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
        var python = await PythonWithYamlAsync();
        RequiredTool.Require(python is not null, "no python3 with PyYAML (Debian: python3-yaml).");
        var path = Path.Combine(_folder, "x.k8s-secret.yaml");
        await File.WriteAllBytesAsync(path, Assert.Single(bundle.Render(BundleFormat.K8s)).Content);
        var parsed = await ExternalCommand.RunAsync(python!, ["-c", ToJson, path]);
        Assert.True(parsed.Succeeded, parsed.Describe());
        return JsonDocument.Parse(parsed.StandardOutput);
    }

    /// <summary>The python3 on PATH when it has PyYAML, else Debian's (where python3-yaml installs it), else null.</summary>
    private static async Task<string?> PythonWithYamlAsync()
    {
        foreach (var python in new[] { RequiredTool.Locate("python3"), "/usr/bin/python3" })
        {
            if (python is not null && File.Exists(python) && (await ExternalCommand.RunAsync(python, ["-c", "import yaml"])).Succeeded)
            {
                return python;
            }
        }
        return null;
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
}
