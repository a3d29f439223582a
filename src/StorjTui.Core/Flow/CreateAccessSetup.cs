namespace StorjTui.Core.Flow;

/// <summary>What the create flow needs to know about the project it creates an access in.</summary>
/// <param name="ExistingAccessNames">The project's access names; a new name must differ (case-sensitively).</param>
/// <param name="Buckets">The project's bucket names, for the bucket picker.</param>
/// <param name="CurrentPassphrase">Which passphrase "current" means here; decides the encryption choices.</param>
/// <param name="InitialType">The type preselected by the block the user came from (S3 Credentials by default).</param>
/// <param name="Features">The satellite's switches for the Object Lock and bucket-notification permissions (null: both on).</param>
public sealed record CreateAccessSetup(
    IReadOnlyCollection<string> ExistingAccessNames,
    IReadOnlyList<string> Buckets,
    CurrentPassphrase CurrentPassphrase,
    Access.AccessType InitialType = Access.AccessType.S3Credentials,
    Access.SatelliteFeatures? Features = null)
{
    /// <summary>The satellite's switches, both on when none were given.</summary>
    public Access.SatelliteFeatures SatelliteFeatures => Features ?? Access.SatelliteFeatures.Default;
}
