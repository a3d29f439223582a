using StorjTui.Storj.Http;

namespace StorjTui.Storj.Connections;

/// <summary>How a <see cref="GrantConnection"/> registers restricted grants.</summary>
public sealed record GrantConnectionOptions
{
    /// <summary>The auth service to register with (default Storj's, https://auth.storjshare.io).</summary>
    public Uri AuthServiceUrl { get; init; } = Auth.AuthServiceUrl.Default;

    public ServiceCallOptions Http { get; init; } = new();

    /// <summary>Shown instead of an endpoint when the auth service names none.</summary>
    public string MissingEndpointNotice { get; init; } = "The auth service returned no S3 endpoint for these credentials.";

    public TimeProvider Time { get; init; } = TimeProvider.System;
}
