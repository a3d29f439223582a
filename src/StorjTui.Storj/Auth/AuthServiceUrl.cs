namespace StorjTui.Storj.Auth;

/// <summary>Which auth service to register with, in the console's order.</summary>
public static class AuthServiceUrl
{
    /// <summary>Storj's public auth service, the last fallback.</summary>
    public static readonly Uri Default = new("https://auth.storjshare.io/");

    /// <summary>The project's <c>edgeURLOverrides.authService</c>, else the satellite config's <c>gatewayCredentialsRequestURL</c>, else <see cref="Default"/>.</summary>
    public static Uri Choose(string? projectOverride, string? satelliteConfigUrl)
    {
        foreach (var candidate in new[] { projectOverride, satelliteConfigUrl })
        {
            if (!string.IsNullOrWhiteSpace(candidate) && Uri.TryCreate(candidate.Trim(), UriKind.Absolute, out var url))
            {
                return url;
            }
        }
        return Default;
    }
}
