using System.Text;
using StorjTui.Core.Access;
using StorjTui.Sandbox;
using StorjTui.Storj.Connections;
using StorjTui.Storj.Http;
using StorjTui.Tui.Screens;

namespace StorjTui.Tui.Presenters;

/// <summary>
/// Opens the real back ends for the Connect screen's choices: the in-process sandbox (started on first
/// use and stopped with the app), a Storj satellite region or a custom one, or an existing access grant.
/// </summary>
/// <remarks>
/// <paramref name="http"/> carries the Insecure and Timeout settings to every satellite and auth-service call.
/// </remarks>
internal sealed class AppConnections(SandboxOptions sandboxOptions, ServiceCallOptions? http = null, string? pendingFolder = null) : IAsyncDisposable
{
    private readonly ServiceCallOptions _http = http ?? new ServiceCallOptions();

    private SandboxServer? _sandbox;

    public async Task<IStorjConnection> Open(ConnectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        switch (request.Target)
        {
            case ConnectTarget.Sandbox:
                _sandbox ??= await SandboxServer.StartAsync(sandboxOptions, cancellationToken).ConfigureAwait(false);
                return await _sandbox.ConnectAsync(cancellationToken).ConfigureAwait(false);
            case ConnectTarget.ExistingAccessGrant:
                string grant = Text(request.AccessGrant) ?? throw new StorjConnectionException("Paste an access grant first.");
                return GrantConnection.Open(grant.Trim(), new GrantConnectionOptions { Http = _http });
        }

        var options = new SatelliteConnectionOptions { ConsoleUrl = ConsoleUrl(request), Http = _http };
        if (pendingFolder is not null)
        {
            options = options with { PendingFolder = pendingFolder };
        }

        SatelliteRegion? region = SatelliteRegion.All.FirstOrDefault(r => r.ConsoleUrl == options.ConsoleUrl);
        if (region is not null)
        {
            options = options with { NodeUrl = region.NodeUrl };
        }

        if (request.RestApiKey is not null)
        {
            return await SatelliteConnection.LogInWithRestKeyAsync(options, Text(request.RestApiKey)!, cancellationToken).ConfigureAwait(false);
        }

        if (string.IsNullOrWhiteSpace(request.Email) || request.Password is null)
        {
            throw new StorjConnectionException("Enter the e-mail address and password of your Storj account (or use a console REST API key).");
        }

        return await SatelliteConnection.LogInAsync(options, request.Email.Trim(), Text(request.Password)!, request.MfaCode, null, cancellationToken).ConfigureAwait(false);
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

    public async ValueTask DisposeAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync().ConfigureAwait(false);
            _sandbox = null;
        }
    }
}
