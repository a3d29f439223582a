namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// A running test radosgw as tests/scripts/radosgw.sh describes it in DIR/env: the endpoint, the test user
/// and its own key pair, and how to add more key pairs (through the project's provisioning hook script).
/// </summary>
public sealed class RadosgwServer : IS3Target
{
    public const string TargetName = "radosgw";

    public string Name => TargetName;

    public async Task<(TestKeyPair Keys, string Endpoint)> NewCredentialsAsync() => (await ProvisionNewKeyPairAsync(), Endpoint);

    private RadosgwServer(string envFile, IReadOnlyDictionary<string, string> values)
    {
        EnvFile = envFile;
        Endpoint = values["RGW_ENDPOINT"];
        UserId = values["RGW_UID"];
        CephConf = values["CEPH_CONF"];
        UserKeys = new TestKeyPair(values["RGW_ACCESS_KEY"], values["RGW_SECRET_KEY"]);
    }

    /// <summary>The S3 endpoint, e.g. http://127.0.0.1:43127.</summary>
    public string Endpoint { get; }

    public string UserId { get; }

    public string CephConf { get; }

    /// <summary>The key pair radosgw.sh created the test user with.</summary>
    public TestKeyPair UserKeys { get; }

    /// <summary>DIR/env, which the provisioning hook takes as its argument.</summary>
    public string EnvFile { get; }

    public static string HookScript => RepoRoot.File("tests/scripts/radosgw-provision-hook.sh");

    public static RadosgwServer Read(string envFile)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(envFile))
        {
            var eq = line.IndexOf('=', StringComparison.Ordinal);
            if (line.StartsWith('#') || eq <= 0)
            {
                continue;
            }

            // radosgw.sh writes values with printf %q; the values it writes need no quoting.
            values[line[..eq]] = line[(eq + 1)..];
        }

        return new RadosgwServer(envFile, values);
    }

    /// <summary>Adds the key pair to the test user through tests/scripts/radosgw-provision-hook.sh.</summary>
    public async Task<CommandResult> RunHookAsync(string standardInput) =>
        await ExternalCommand.RunAsync(HookScript, [EnvFile], standardInput: standardInput, timeout: TimeSpan.FromMinutes(1));

    /// <summary>A new random key pair, provisioned; fails the test if the hook fails.</summary>
    public async Task<TestKeyPair> ProvisionNewKeyPairAsync()
    {
        var keys = TestKeyPair.Generate();
        var result = await RunHookAsync($"{keys.AccessKeyId} {keys.SecretKey}\n");
        Assert.True(result.Succeeded, "provisioning hook failed: " + result.Describe());
        return keys;
    }
}
