namespace StorjTui.Core.Flow;

/// <summary>What the create flow needs to know about the project it creates an access in.</summary>
/// <param name="ExistingAccessNames">The project's access names; a new name must differ (case-sensitively).</param>
/// <param name="Buckets">The project's bucket names, for the bucket picker.</param>
/// <param name="CurrentPassphrase">Which passphrase "current" means here; decides the encryption choices.</param>
/// <param name="InitialType">The type preselected by the block the user came from (S3 Credentials by default).</param>
public sealed record CreateAccessSetup(
    IReadOnlyCollection<string> ExistingAccessNames,
    IReadOnlyList<string> Buckets,
    CurrentPassphrase CurrentPassphrase,
    Access.AccessType InitialType = Access.AccessType.S3Credentials);
