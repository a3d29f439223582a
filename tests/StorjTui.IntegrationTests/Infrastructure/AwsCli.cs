using System.Globalization;
using System.Text.RegularExpressions;

namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>
/// The aws CLI on PATH, and the version rule: profiles' <c>endpoint_url</c> and <c>AWS_ENDPOINT_URL</c> are
/// honoured from aws CLI 1.29 (v1) / 2.13 (v2). An older CLI silently ignores them and would talk to AWS,
/// proving nothing, so a test that finds one fails (Debian's awscli 2.9 is such a CLI).
/// </summary>
public static partial class AwsCli
{
    /// <summary>Skips/fails per <see cref="RequiredTool"/> when absent; fails when too old. Returns the version line.</summary>
    public static async Task<string> RequireEndpointUrlSupportAsync()
    {
        RequiredTool.Ensure("aws");
        var result = await ExternalCommand.RunAsync("aws", ["--version"], timeout: TimeSpan.FromMinutes(1));
        var line = (result.StandardOutput + result.StandardError).Trim();
        var match = VersionPattern().Match(line);
        Assert.True(match.Success, $"Could not read the aws CLI version from: {line}");
        var version = new Version(
            int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture),
            int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
        var minimum = version.Major == 1 ? new Version(1, 29) : new Version(2, 13);
        Assert.True(version >= minimum,
            $"{line}: too old to honour endpoint_url / AWS_ENDPOINT_URL (needs >= {minimum}); the test would prove nothing. "
            + "Install aws CLI v1 from pip (pip install 'awscli>=1.29').");
        return line;
    }

    [GeneratedRegex(@"aws-cli/(\d+)\.(\d+)")]
    private static partial Regex VersionPattern();
}
