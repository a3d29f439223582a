using StorjTui.Core.Access;
using StorjTui.Storj.S3;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// The check behind the result screen's Verify: runs the S3 credentials check and says in one line what it
/// found (what the gateway listed, or what failed and what to do). Never shows the secret key.
/// </summary>
internal static class S3Verify
{
    public static async Task<string> RunAsync(CreatedAccess access, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(access);
        if (access.LacksS3Endpoint || access.AccessKeyId is null || access.SecretKey is null)
        {
            return NoEndpoint;
        }

        S3CheckResult result = await CredentialsCheck.RunAsync(S3CheckRequest.From(access), cancellationToken).ConfigureAwait(false);
        return Describe(result);
    }

    /// <summary>What Verify says when the back end gave no S3 endpoint.</summary>
    public const string NoEndpoint =
        "Cannot verify: there is no S3 endpoint for these keys (the auth service returned none).";

    public static string Describe(S3CheckResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Outcome switch
        {
            S3CheckOutcome.Passed => "OK. " + result.Message,
            S3CheckOutcome.NotPossible => result.Message,
            _ => "Verify failed. " + result.Message,
        };
    }
}
