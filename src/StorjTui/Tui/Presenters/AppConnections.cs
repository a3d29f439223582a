using System.Text;
using StorjTui.Core.Access;
using StorjTui.Hosting;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;
using StorjTui.Tui.Screens;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// Turns the Connect screen's choice into a call to the back-end factory (<see cref="BackEnds"/>): the
/// sandbox, a Storj satellite region or a custom one, or an existing access grant. Disposing stops the sandbox.
/// </summary>
internal sealed class AppConnections(BackEnds backEnds) : IAsyncDisposable
{
    /// <summary>For tests: the factory over these sandbox options, HTTP settings and pending folder.</summary>
    public AppConnections(SandboxOptions sandboxOptions, ServiceCallOptions? http = null, string? pendingFolder = null)
        : this(new BackEnds(sandboxOptions, http, pendingFolder))
    {
    }

    public async Task<IStorjConnection> Open(ConnectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Target)
        {
            case ConnectTarget.Sandbox:
                return await backEnds.OpenSandboxAsync(cancellationToken).ConfigureAwait(false);
            case ConnectTarget.ExistingAccessGrant:
                string grant = Text(request.AccessGrant) ?? throw new StorjConnectionException("Paste an access grant first.");
                return backEnds.OpenGrant(grant);
        }

        Uri consoleUrl = ConsoleUrl(request);
        if (request.RestApiKey is not null)
        {
            return await backEnds.LogInWithRestKeyAsync(consoleUrl, null, Text(request.RestApiKey)!, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(request.Email) || request.Password is null)
        {
            throw new StorjConnectionException("Enter the e-mail address and password of your Storj account (or use a console REST API key).");
        }

        var (passcode, recoveryCode) = Storj.Console.MfaCode.Split(request.MfaCode);
        return await backEnds.LogInAsync(consoleUrl, null, request.Email.Trim(), Text(request.Password)!, passcode, recoveryCode, cancellationToken).ConfigureAwait(false);
    }

    private static Uri ConsoleUrl(ConnectRequest request)
    {
        string url = request.Target switch
        {
            ConnectTarget.Us1 => SatelliteRegion.Us1.ConsoleUrl.ToString(),
            ConnectTarget.Eu1 => SatelliteRegion.Eu1.ConsoleUrl.ToString(),
            ConnectTarget.Ap1 => SatelliteRegion.Ap1.ConsoleUrl.ToString(),
            _ => request.SatelliteUrl?.Trim() ?? "",
        };
        if (!Uri.TryCreate(url, UriKind.Absolute, out Uri? uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new StorjConnectionException("Enter the satellite console URL, e.g. https://us1.storj.io/.");
        }

        return uri;
    }

    private static string? Text(byte[]? bytes) => bytes is null ? null : Encoding.UTF8.GetString(bytes);

    public ValueTask DisposeAsync() => backEnds.DisposeAsync();
}
