using System.Text.Json;
using StorjTui.Storj.Grants;
using StorjTui.Storj.Tests.Grants;

namespace StorjTui.Tests.Cli;

public sealed class AccessInspectTests
{
    // storj/storj cmd/uplink/cmd_access_inspect_test.go, parsedAccessA, laid out as Go's json.MarshalIndent writes it.
    private const string ExpectedA =
        "{\n" +
        "  \"satellite_addr\": \"12V4jtJhKFNoUtHNG9VaTPEn5MyeHvbNdT2UtfqN8qWN6ATd7FX@storjsim:10000\",\n" +
        "  \"encryption_access\": {\n" +
        "    \"default_key\": \"N87DsbLnjfzhTVxq1NY5kb68htyFoQ3vpf3+PXOryrk=\",\n" +
        "    \"default_path_cipher\": \"ENC_AESGCM\"\n" +
        "  },\n" +
        "  \"api_key\": \"13YqdsDpS5T26sbKUPWkqeczTN1TEm28hBuCD5mCGEDsC9JNte3VUbj2iJRsWogorpfbm3cCx8gFfAWPtf3tJncy9YRjU3734VKPYoh\",\n" +
        "  \"macaroon\": {\n" +
        "    \"head\": \"QaR7H0JWYExN1uELObuXuPkkgICizvci5DCGPQvKQ2I=\",\n" +
        "    \"caveats\": [],\n" +
        "    \"tail\": \"STxHftTfJh9El-dvL6fZC-J3ikE5HAP8Th-e2KYTcqA=\"\n" +
        "  }\n" +
        "}\n";

    // The same test's parsedAccessB: a key restricted by Storj with a nonce-only caveat.
    private const string ExpectedB =
        "{\n" +
        "  \"satellite_addr\": \"1d1wmTEDe994p1McyYwVvfR5PeK8mqq4hfvJ8LyZWTDNuhZtnw@127.0.0.1:10000\",\n" +
        "  \"encryption_access\": {\n" +
        "    \"default_key\": \"4b2E3n2lczSd529FngLUMhG8gr7W0KpllZiFDEcl/08=\",\n" +
        "    \"default_path_cipher\": \"ENC_AESGCM\"\n" +
        "  },\n" +
        "  \"api_key\": \"1dfJRDAYwLTD3Repgzg6DS1gABme4BQXTp8mmQ56penApYPJ8bMLmF6125scmj7PVKezhSraMGnU6WiwGwPpe6u9Vq5tqZMJD13bnUB4hykKaTaNptRY\",\n" +
        "  \"macaroon\": {\n" +
        "    \"head\": \"nXhdVngN8Q2oNfro0vqCBvJ8WXHJ76aTGElbrImcwJQ=\",\n" +
        "    \"caveats\": [\n" +
        "      {\n" +
        "        \"nonce\": \"v1MmWA==\"\n" +
        "      }\n" +
        "    ],\n" +
        "    \"tail\": \"WiJnEHpTzPzBjfR2dxUdeXOdWe-zQROjQywZ1gk6Cbg=\"\n" +
        "  }\n" +
        "}\n";

    [Fact]
    public void Prints_uplinks_json_for_its_test_grant_given_as_argument()
    {
        var result = Cli.Run("access", "inspect", Vectors.InspectGrant);
        // The output is the same; stderr carries the one warning that arguments show in the process list.
        Assert.Equal((0, ExpectedA), (result.ExitCode, result.Stdout));
        Assert.StartsWith("storj-tui: warning: the access grant was given as an argument", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_grant_from_stdin_a_file_or_STORJ_ACCESS()
    {
        Assert.Equal(ExpectedA, Cli.RunWithStdin(Vectors.InspectGrant + "\n", "access", "inspect", "-").Stdout);
        Assert.Equal(ExpectedA, Cli.Run(new CliSetup { Environment = { ["STORJ_ACCESS"] = Vectors.InspectGrant } }, "access", "inspect").Stdout);
        string file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "  " + Vectors.InspectGrant + "\n");
            Assert.Equal(ExpectedA, Cli.Run("access", "inspect", "--access-file", file).Stdout);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Prints_a_storj_restricted_caveat_with_only_its_nonce()
    {
        var grant = new AccessGrant(
            "1d1wmTEDe994p1McyYwVvfR5PeK8mqq4hfvJ8LyZWTDNuhZtnw@127.0.0.1:10000",
            ApiKey.Parse(Vectors.NonceCaveatApiKey),
            new EncryptionAccess(Convert.FromBase64String("4b2E3n2lczSd529FngLUMhG8gr7W0KpllZiFDEcl/08=")));
        Assert.Equal(ExpectedB, Cli.Run("access", "inspect", grant.Serialize()).Stdout);
    }

    [Fact]
    public void Prints_the_limited_store_and_every_set_caveat_field_in_gos_order()
    {
        var parent = AccessGrant.Parse(Vectors.InspectGrant);
        var restricted = parent.Restrict(new GrantRestrictions
        {
            Permissions = StorjTui.Core.Access.Permissions.Read | StorjTui.Core.Access.Permissions.List,
            Prefixes = [SharePrefix.FromPath("sj://photos/2024/jan"), SharePrefix.FromPath("sj://docs")],
            NotBefore = new DateTimeOffset(2026, 1, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_230_000),
            NotAfter = new DateTimeOffset(2027, 6, 30, 0, 0, 0, TimeSpan.FromHours(2)),
            MaxObjectTtl = TimeSpan.FromHours(2),
            Nonce = [1, 2, 3, 4],
            DisallowLocks = true,
        });

        var result = Cli.Run("access", "inspect", restricted.Serialize());

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Stdout);
        var root = json.RootElement;
        Assert.Equal(["satellite_addr", "encryption_access", "api_key", "macaroon"], root.EnumerateObject().Select(p => p.Name));
        var access = root.GetProperty("encryption_access");
        Assert.Equal(["store_entries", "default_path_cipher"], access.EnumerateObject().Select(p => p.Name));
        var entries = access.GetProperty("store_entries").EnumerateArray().ToList();
        Assert.Equal(2, entries.Count);
        var photos = entries.Single(e => e.GetProperty("bucket").GetString() == "photos");
        Assert.Equal(["bucket", "unencrypted_path", "encrypted_path", "key", "path_cipher"], photos.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024/jan", photos.GetProperty("unencrypted_path").GetString());
        Assert.Equal(GoPath(parent.EncryptionAccess.EncryptPath("photos", "2024/jan")), photos.GetProperty("encrypted_path").GetString());
        Assert.Equal("ENC_AESGCM", photos.GetProperty("path_cipher").GetString());
        var docs = entries.Single(e => e.GetProperty("bucket").GetString() == "docs");
        Assert.Equal(["bucket", "key", "path_cipher"], docs.EnumerateObject().Select(p => p.Name));

        var caveat = Assert.Single(root.GetProperty("macaroon").GetProperty("caveats").EnumerateArray());
        Assert.Equal(
            ["disallow_writes", "disallow_deletes", "disallow_locks", "disallow_put_retention", "disallow_get_retention",
             "disallow_put_legal_hold", "disallow_get_legal_hold", "disallow_bypass_governance_retention",
             "disallow_put_bucket_object_lock_configuration", "disallow_get_bucket_object_lock_configuration",
             "disallow_put_bucket_notification_configuration", "disallow_get_bucket_notification_configuration",
             "allowed_paths", "not_after", "not_before", "max_object_ttl", "nonce"],
            caveat.EnumerateObject().Select(p => p.Name));
        Assert.Contains("\"not_after\": \"2027-06-29T22:00:00Z\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"not_before\": \"2026-01-01T12:00:00.123Z\"", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"max_object_ttl\": 7200000000000,", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"nonce\": \"AQIDBA==\"", result.Stdout, StringComparison.Ordinal);
        var paths = caveat.GetProperty("allowed_paths").EnumerateArray().ToList();
        Assert.Equal("photos", paths[0].GetProperty("bucket").GetString());
        Assert.Equal(GoPath(parent.EncryptionAccess.EncryptPath("photos", "2024/jan")), paths[0].GetProperty("encrypted_path_prefix").GetString());
        Assert.Equal(["bucket"], paths[1].EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Without_a_grant_anywhere_says_how_to_give_one_and_exits_2()
    {
        var result = Cli.Run("access", "inspect");
        result.AssertOneLineFailure(exitCode: 2);
        Assert.Contains("STORJ_ACCESS", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Help_recommends_stdin_files_or_the_environment_on_shared_machines()
    {
        var result = Cli.Run("access", "inspect", "--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("shared machines", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("--access-file", result.Stdout, StringComparison.Ordinal);
    }

    // Each '/'-separated component of an encrypted path as padded base64url, like uplink.
    private static string GoPath(byte[] encrypted)
    {
        var parts = new List<string>();
        int start = 0;
        for (int i = 0; i <= encrypted.Length; i++)
        {
            if (i == encrypted.Length || encrypted[i] == '/')
            {
                parts.Add(Convert.ToBase64String(encrypted, start, i - start).Replace('+', '-').Replace('/', '_'));
                start = i + 1;
            }
        }
        return string.Join('/', parts);
    }
}
