using StorjTui.Storj.Http;

namespace StorjTui.Storj.Connections;

/// <summary>Where and how a <see cref="SatelliteConnection"/> talks to a satellite.</summary>
public sealed record SatelliteConnectionOptions
{
    /// <summary>The console's base URL, e.g. https://us1.storj.io/.</summary>
    public required Uri ConsoleUrl { get; init; }

    /// <summary>The node URL for grants; null takes the console config's <c>satelliteNodeURL</c>.</summary>
    public string? NodeUrl { get; init; }

    /// <summary>Last fallback for the auth service, after the project's override and the satellite config.</summary>
    public Uri AuthServiceFallback { get; init; } = Auth.AuthServiceUrl.Default;

    /// <summary>Timeouts, retries, --insecure; also used for the auth service.</summary>
    public ServiceCallOptions Http { get; init; } = new();

    /// <summary>Folder of pending-creation records (default <c>$XDG_STATE_HOME/storj-tui/pending</c>).</summary>
    public string PendingFolder { get; init; } = PendingCreationStore.DefaultFolder();

    /// <summary>Status-bar text; null makes one from the console host and the account.</summary>
    public string? Description { get; init; }

    /// <summary>Shown instead of an endpoint when neither the project nor the auth service names one.</summary>
    public string MissingEndpointNotice { get; init; } = "The auth service returned no S3 endpoint for these credentials.";

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
