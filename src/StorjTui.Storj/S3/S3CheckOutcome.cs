namespace StorjTui.Storj.S3;

/// <summary>How an S3 credentials check ended.</summary>
public enum S3CheckOutcome
{
    /// <summary>The gateway accepted the key pair and answered a listing call.</summary>
    Passed,
    /// <summary>The gateway rejected the credentials, or could not be reached.</summary>
    Failed,
    /// <summary>
    /// Nothing was checked: the credentials have no List permission, and every other call would read or
    /// change data. Never a success.
    /// </summary>
    NotPossible,
}
