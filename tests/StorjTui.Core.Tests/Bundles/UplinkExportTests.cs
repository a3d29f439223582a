using System.Text;
using System.Text.Json;
using StorjTui.Core.Access;
using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>
/// uplink's files for an access grant: the importable file, and the merge into <c>access.json</c> laid out as
/// uplink writes it (Go's <c>json.MarshalIndent(struct{ Default; Accesses map }, "", "\t")</c>: tab indent, map keys
/// sorted, no final line break).
/// </summary>
public sealed class UplinkExportTests
{
    private const string Grant = "1cCYAHeqMzG6u7Yhw7jySoZwGqURKyXJ9bpHxjzTo3EnX4UJnzGBzgRNCTNn";
    private const string UplinkWritten = "{\n\t\"Default\": \"main\",\n\t\"Accesses\": {\n\t\t\"backup\": \"1backupgrant\",\n\t\t\"main\": \"1maingrant\"\n\t}\n}";

    private static CredentialBundle Bundle(string grant = Grant) => CredentialBundle.From(new CreatedAccess
    {
        Type = AccessType.AccessGrant,
        Name = "Prod/Backup",
        CreatedAt = SampleAccess.CreatedAt,
        Permissions = Permissions.All,
        Buckets = [],
        AccessGrant = grant,
    });

    private static string AccessJson(TempFolder home) => home.Combine(".config", "storj", "uplink", "access.json");

    private static (string? Default, Dictionary<string, string> Accesses) Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        return (json.RootElement.GetProperty("Default").GetString(),
            json.RootElement.GetProperty("Accesses").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
    }

    [Fact]
    public void Importable_file_holds_the_grant_alone_and_is_offered_for_access_grants_only()
    {
        using var folder = new TempFolder();
        var written = BundleWriter.DownloadAll(Bundle(), folder.Path, new BundleWriteOptions { Formats = [BundleFormat.Uplink] });

        var file = Assert.Single(written.Files);
        Assert.EndsWith("Storj-Access-Grant-Prod_Backup-2026-01-01T12_00_00.000Z.uplink-access", file, StringComparison.Ordinal);
        Assert.Equal(Grant + "\n", File.ReadAllText(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.DoesNotContain(BundleFormat.Uplink, CredentialBundle.From(SampleAccess.S3()).SupportedFormats);
    }

    [Fact]
    public void Merge_adds_the_access_to_uplinks_file_keeps_the_others_and_the_default_and_backs_up()
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(AccessJson(home))!);
        File.WriteAllText(AccessJson(home), UplinkWritten);

        var result = new ConfigFileMerge().MergeIntoUplink(Bundle(), home.Path);

        var (defaultName, accesses) = Read(AccessJson(home));
        Assert.Equal("main", defaultName);
        Assert.Equal(new Dictionary<string, string> { ["backup"] = "1backupgrant", ["main"] = "1maingrant", ["Prod-Backup"] = Grant }, accesses);
        Assert.Equal("Prod-Backup", result.ProfileName); // the aws profile / rclone remote name rule
        Assert.False(result.Replaced);
        Assert.Equal(UplinkWritten, File.ReadAllText(Assert.Single(result.Backups)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AccessJson(home)));
        Assert.StartsWith("{\n\t\"Default\": \"main\",\n\t\"Accesses\": {\n\t\t\"backup\"", File.ReadAllText(AccessJson(home)), StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_as_default_replaces_an_access_of_that_name_and_switches_the_default()
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(AccessJson(home))!);
        File.WriteAllText(AccessJson(home), "{\"default\":\"main\",\"accesses\":{\"main\":\"1maingrant\",\"Prod-Backup\":\"1oldgrant\"}}");

        var result = new ConfigFileMerge().MergeIntoUplink(Bundle(), home.Path, makeDefault: true);

        Assert.True(result.Replaced);
        using var json = JsonDocument.Parse(File.ReadAllBytes(AccessJson(home)));
        // Go's decoder matches keys whatever their case; the file's own spelling is kept, not doubled.
        Assert.Equal(["default", "accesses"], json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Prod-Backup", json.RootElement.GetProperty("default").GetString());
        Assert.Equal(Grant, json.RootElement.GetProperty("accesses").GetProperty("Prod-Backup").GetString());
        Assert.Equal("1maingrant", json.RootElement.GetProperty("accesses").GetProperty("main").GetString());
    }

    [Fact]
    public void Merge_without_a_file_creates_it_private_with_the_access_as_default()
    {
        using var home = new TempFolder();

        var result = new ConfigFileMerge().MergeIntoUplink(Bundle(), home.Path);

        Assert.Empty(result.Backups);
        var (defaultName, accesses) = Read(AccessJson(home));
        Assert.Equal("Prod-Backup", defaultName);
        Assert.Equal(new Dictionary<string, string> { ["Prod-Backup"] = Grant }, accesses);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(AccessJson(home)));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(home.Combine(".config", "storj", "uplink")));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1, 2]")]
    [InlineData("{\"Default\": \"x\", \"Accesses\": [\"1a\"]}")]
    public void A_file_not_in_uplinks_layout_is_left_untouched(string content)
    {
        using var home = new TempFolder();
        Directory.CreateDirectory(Path.GetDirectoryName(AccessJson(home))!);
        File.WriteAllText(AccessJson(home), content);

        var e = Assert.Throws<BundleWriteException>(() => new ConfigFileMerge().MergeIntoUplink(Bundle(), home.Path));

        Assert.Contains("access.json", e.Message, StringComparison.Ordinal);
        Assert.Equal(content, File.ReadAllText(AccessJson(home)));
        Assert.Equal(["access.json"], Directory.GetFiles(Path.GetDirectoryName(AccessJson(home))!).Select(Path.GetFileName));
    }

    [Fact]
    public void A_grant_with_a_line_break_is_refused_by_both()
    {
        using var home = new TempFolder();
        var bundle = Bundle(Grant + "\nsecond line");

        Assert.Equal(BundleWriteFailure.UnsafeValue, Assert.Throws<BundleWriteException>(() => bundle.Render(BundleFormat.Uplink)).Failure);
        Assert.Equal(BundleWriteFailure.UnsafeValue, Assert.Throws<BundleWriteException>(() => new ConfigFileMerge().MergeIntoUplink(bundle, home.Path)).Failure);
        Assert.Empty(Directory.GetFileSystemEntries(home.Path));
        Assert.DoesNotContain("second line", Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(Assert.Throws<BundleWriteException>(() => bundle.Render(BundleFormat.Uplink)).Message)), StringComparison.Ordinal);
    }
}
