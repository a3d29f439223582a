namespace StorjTui.Core.Flow;

/// <summary>The console's Choose Flow step: Full access, or Advanced (choose permissions, buckets and end date).</summary>
public enum FlowType
{
    /// <summary>Permissions, buckets and end date are chosen on the Permissions step.</summary>
    Advanced,

    /// <summary>Every permission the console's Full access gives (<see cref="Access.SatelliteFeatures.FullAccess"/>), all buckets, no end date.</summary>
    FullAccess,
}
