using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using StorjTui.Core.Access;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Console;

/// <summary>
/// The satellite console REST API as the browser console uses it (storj/storj satellite/console/consoleweb/server.go):
/// <see cref="GetConfigAsync"/> first (it hands out the CSRF token), then log in, then projects, salts,
/// bucket and access names, and API keys. The <c>_tokenKey</c> session cookie authenticates every call after
/// log-in; the CSRF token goes on every write, log-in included. Errors become typed exceptions.
/// </summary>
public sealed class ConsoleClient : IDisposable
{
    internal const string Service = "satellite console";
    private const string SessionCookie = "_tokenKey";
    private const string CsrfCookie = "csrf_token";

    private readonly ServiceCaller caller;
    private string? sessionToken;
    private string? csrfToken;

    public ConsoleClient(Uri consoleUrl, ServiceCallOptions? options = null)
    {
        caller = new ServiceCaller(consoleUrl, Service, options ?? new ServiceCallOptions());
    }

    /// <summary>The console's base URL (with a trailing slash).</summary>
    public Uri ConsoleUrl => caller.BaseUrl;

    /// <summary>True once a log-in succeeded or a session token was restored.</summary>
    public bool IsLoggedIn => sessionToken is not null;

    /// <summary>The session token (a secret) so a caller can save it in a 0600 file and restore it with <see cref="UseSessionToken"/>.</summary>
    public string? SessionToken => sessionToken;

    /// <summary>Reuses a saved session; a stale one shows up as <see cref="SessionExpiredException"/> on the next call.</summary>
    public void UseSessionToken(string token)
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        sessionToken = token;
    }

    public async Task<ConsoleConfig> GetConfigAsync(CancellationToken cancellationToken)
    {
        var response = await caller.SendAsync(() => Request(HttpMethod.Get, "api/v0/config"), idempotent: true, "reading the console's configuration", cancellationToken);
        ConsoleErrors.ThrowForStatus(response, loggingIn: false);
        var wire = Parse(response, ConsoleJsonContext.Default.ConfigWire);
        TakeCookies(response);
        if (!string.IsNullOrEmpty(wire.CsrfToken))
        {
            csrfToken = wire.CsrfToken;
        }
        if (string.IsNullOrEmpty(wire.SatelliteNodeUrl))
        {
            throw new MalformedResponseException("The satellite console's configuration has no satellite node URL; is this a Storj console address?");
        }
        return new ConsoleConfig(
            wire.SatelliteName ?? "",
            wire.SatelliteNodeUrl,
            string.IsNullOrWhiteSpace(wire.GatewayCredentialsRequestUrl) ? null : wire.GatewayCredentialsRequestUrl,
            wire.ObjectBrowserKeyNamePrefix ?? "",
            !string.IsNullOrEmpty(wire.CsrfToken),
            new SatelliteFeatures(wire.ObjectLockUIEnabled, wire.BucketEventingUIEnabled));
    }

    /// <summary>
    /// Logs in with e-mail and password (+ an MFA passcode or recovery code when the first try threw
    /// <see cref="MfaRequiredException"/>). Throws <see cref="WrongCredentialsException"/>,
    /// <see cref="MfaRequiredException"/>, <see cref="InvalidMfaCodeException"/> or <see cref="CaptchaRequiredException"/>.
    /// </summary>
    public async Task LogInAsync(string email, string password, string? mfaPasscode, string? mfaRecoveryCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(email);
        ArgumentNullException.ThrowIfNull(password);
        var body = JsonSerializer.Serialize(new LogInWire
        {
            Email = email.Trim(),
            Password = password,
            MfaPasscode = mfaPasscode?.Trim() ?? "",
            MfaRecoveryCode = mfaRecoveryCode?.Trim() ?? "",
        }, ConsoleJsonContext.Default.LogInWire);
        var response = await caller.SendAsync(() =>
        {
            var request = Request(HttpMethod.Post, "api/v0/auth/token", write: true);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            return request;
        }, idempotent: false, "logging in", cancellationToken);
        ConsoleErrors.ThrowForStatus(response, loggingIn: true);
        var token = Parse(response, ConsoleJsonContext.Default.TokenWire);
        if (token.Error is { } error)
        {
            // satellite/console/consoleweb/consoleapi/auth.go Token: a missing MFA code is answered 200 {"error":…}.
            throw new MfaRequiredException(
                "This account uses two-factor authentication. Log in again with the 6-digit code from your authenticator app (or a recovery code)."
                + (error.Contains("MFA", StringComparison.Ordinal) ? "" : $" The satellite said: {ServiceErrors.Shorten(error)}"));
        }
        TakeSession(response, token);
    }

    /// <summary>Logs in with a console REST key (account settings), not a project API key. No captcha, no MFA, no CSRF.</summary>
    public async Task LogInWithRestKeyAsync(string restKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(restKey);
        var response = await caller.SendAsync(() =>
        {
            var request = Request(HttpMethod.Post, "api/v0/auth/token-by-api-key");
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", restKey.Trim());
            return request;
        }, idempotent: false, "logging in with the REST key", cancellationToken);
        if (response.Code == 401)
        {
            throw new WrongCredentialsException("The satellite did not accept the console REST key. Check that it is a REST key from account settings (not a project API key) and that it has not expired.");
        }
        ConsoleErrors.ThrowForStatus(response, loggingIn: true);
        TakeSession(response, Parse(response, ConsoleJsonContext.Default.TokenWire));
    }

    /// <summary>
    /// Ends the session on the satellite (consoleapi/auth.go Logout: the session is deleted, the cookie removed), so a
    /// copy of the token is worthless afterwards. A session the satellite no longer knows counts as ended. The route
    /// needs no CSRF token (consoleweb/server.go wraps it in withAuth only), so a restored session can end itself.
    /// </summary>
    public async Task LogOutAsync(CancellationToken cancellationToken)
    {
        if (sessionToken is null)
        {
            return;
        }
        var response = await caller.SendAsync(() => Request(HttpMethod.Post, "api/v0/auth/logout", write: true), idempotent: false, "logging out", cancellationToken);
        if (response.Code != 401)
        {
            ConsoleErrors.ThrowForStatus(response, loggingIn: false);
        }
        sessionToken = null;
    }

    public async Task<IReadOnlyList<ConsoleProject>> ListProjectsAsync(CancellationToken cancellationToken)
    {
        var list = await GetAsync("api/v0/projects", "listing the projects", ConsoleJsonContext.Default.ListProjectWire, cancellationToken, projectRoute: false) ?? [];
        return list.Select(p => new ConsoleProject(
            Required(p.Id, "project id"),
            p.Name ?? "",
            p.OwnerId ?? "",
            p.CreatedAt,
            p.EdgeUrlOverrides is { } edge ? new EdgeUrlOverrides(Blank(edge.AuthService), Blank(edge.GatewayEndpoint)) : null,
            p.HasManagedPassphrase)).ToList();
    }

    public async Task<ProjectConfig> GetProjectConfigAsync(string projectId, CancellationToken cancellationToken)
    {
        var wire = await GetAsync($"api/v0/projects/{Uri.EscapeDataString(projectId)}/config", "opening the project", ConsoleJsonContext.Default.ProjectConfigWire, cancellationToken)
            ?? throw Malformed("project config");
        var salt = DecodeSalt(wire.Salt);
        byte[]? managed = wire.HasManagedPassphrase && !string.IsNullOrEmpty(wire.Passphrase) ? Encoding.UTF8.GetBytes(wire.Passphrase) : null;
        if (wire.HasManagedPassphrase && managed is null)
        {
            throw new MalformedResponseException("The project says its passphrase is managed by the satellite, but the satellite did not send it. Try again later.");
        }
        return new ProjectConfig(wire.HasManagedPassphrase, wire.EncryptPath, salt, managed);
    }

    public async Task<byte[]> GetSaltAsync(string projectId, CancellationToken cancellationToken)
    {
        var text = await GetAsync($"api/v0/projects/{Uri.EscapeDataString(projectId)}/salt", "reading the project's salt", ConsoleJsonContext.Default.String, cancellationToken);
        return DecodeSalt(text);
    }

    public async Task<IReadOnlyList<string>> ListBucketNamesAsync(string projectId, CancellationToken cancellationToken) =>
        await GetAsync($"api/v0/buckets/bucket-names?publicID={Uri.EscapeDataString(projectId)}", "listing the buckets", ConsoleJsonContext.Default.ListString, cancellationToken) ?? [];

    public async Task<IReadOnlyList<string>> ListApiKeyNamesAsync(string projectId, CancellationToken cancellationToken) =>
        await GetAsync($"api/v0/api-keys/api-key-names?projectID={Uri.EscapeDataString(projectId)}", "checking the access names", ConsoleJsonContext.Default.ListString, cancellationToken) ?? [];

    /// <summary>
    /// Creates an API key named <paramref name="name"/> (the body is the raw name). Sent exactly once: on a lost
    /// answer, look the name up with <see cref="ListApiKeyNamesAsync"/> instead of sending it again.
    /// </summary>
    public async Task<CreatedApiKey> CreateApiKeyAsync(string projectId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        var response = await caller.SendAsync(() =>
        {
            var request = Request(HttpMethod.Post, $"api/v0/api-keys/create/{Uri.EscapeDataString(projectId)}", write: true);
            request.Content = new StringContent(name, Encoding.UTF8, "text/plain");
            return request;
        }, idempotent: false, "creating the API key", cancellationToken);
        var error = ConsoleErrors.ErrorText(response);
        // consoleapi/apikeys.go CreateAPIKey answers a duplicate name with 500 "validation: An API Key with this name already exists…".
        if (!response.IsSuccess && error is not null && error.Contains("already exists", StringComparison.OrdinalIgnoreCase))
        {
            throw new AccessNameTakenException($"This name is already in use: the project already has an access named '{name}'. Choose another name.");
        }
        ConsoleErrors.ThrowForStatus(response, loggingIn: false, projectRoute: true);
        var wire = Parse(response, ConsoleJsonContext.Default.CreateApiKeyWire);
        if (string.IsNullOrEmpty(wire.Key) || wire.KeyInfo is null)
        {
            throw Malformed("create API key");
        }
        return new CreatedApiKey(wire.Key, ToInfo(wire.KeyInfo));
    }

    /// <summary>One page of the project's API keys. A page past the end throws <see cref="ApiKeyPageOutOfRangeException"/>, as the satellite refuses it.</summary>
    public async Task<ApiKeyPage> ListApiKeysAsync(string projectId, string search, int limit, int page, ApiKeyOrder order, SortDirection direction, CancellationToken cancellationToken)
    {
        var query = $"api/v0/api-keys/list-paged?projectID={Uri.EscapeDataString(projectId)}&search={Uri.EscapeDataString(search)}&limit={limit}&page={page}&order={(int)order}&orderDirection={(int)direction}";
        var response = await caller.SendAsync(() => Request(HttpMethod.Get, query), idempotent: true, "listing the accesses", cancellationToken);
        // satellitedb/consoledb/apikeys.go GetPagedByProjectID: a page beyond the last is a 500 "page is out of range".
        if (response.Code == 500 && ConsoleErrors.ErrorText(response) is { } error && error.Contains("page is out of range", StringComparison.Ordinal))
        {
            throw new ApiKeyPageOutOfRangeException(
                $"The satellite console has no page {page} of the access list ({ServiceErrors.Shorten(error)}): accesses were probably deleted meanwhile. Refresh the list.", response.Code);
        }
        ConsoleErrors.ThrowForStatus(response, loggingIn: false, projectRoute: true);
        var wire = Parse(response, ConsoleJsonContext.Default.ApiKeyPageWire);
        return new ApiKeyPage((wire.ApiKeys ?? []).Select(ToInfo).ToList(), wire.PageCount, wire.CurrentPage, wire.TotalCount);
    }

    /// <summary>
    /// All API keys of a project, page by page (300 per page, the console's maximum), by name. It asks only for pages
    /// the first answer promised; when the list changes while it reads (another page count, or a page gone because
    /// accesses were deleted), it starts over, a few times at most, so no key is missed or counted twice.
    /// </summary>
    public async Task<IReadOnlyList<ApiKeyInfo>> ListAllApiKeysAsync(string projectId, CancellationToken cancellationToken)
    {
        const int Tries = 3;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var all = await ReadAllPagesAsync(projectId, cancellationToken);
                if (all is not null)
                {
                    return all;
                }
            }
            catch (ApiKeyPageOutOfRangeException) when (attempt < Tries)
            {
            }
            if (attempt >= Tries)
            {
                throw new ConsoleRequestRejectedException($"The project's access list kept changing while it was read ({Tries} tries). Try again in a moment.");
            }
        }
    }

    /// <summary>Every page once; null when the total changed between pages (start over).</summary>
    private async Task<List<ApiKeyInfo>?> ReadAllPagesAsync(string projectId, CancellationToken cancellationToken)
    {
        var all = new List<ApiKeyInfo>();
        var first = await ListApiKeysAsync(projectId, "", 300, 1, ApiKeyOrder.Name, SortDirection.Ascending, cancellationToken);
        all.AddRange(first.ApiKeys);
        for (var page = 2; page <= first.PageCount; page++)
        {
            var next = await ListApiKeysAsync(projectId, "", 300, page, ApiKeyOrder.Name, SortDirection.Ascending, cancellationToken);
            if (next.TotalCount != first.TotalCount)
            {
                return null;
            }
            all.AddRange(next.ApiKeys);
        }
        return all;
    }

    /// <summary>
    /// Deletes (revokes) a key by name. The console answers 200 with an empty body whether or not the name exists
    /// (consoleapi/apikeys.go: ErrNoAPIKey goes to ServeJSONError with 204, which writes nothing), so the name is looked
    /// up first and an unknown one throws <see cref="ApiKeyNotFoundException"/>.
    /// </summary>
    public async Task DeleteApiKeyByNameAsync(string projectId, string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!(await ListApiKeyNamesAsync(projectId, cancellationToken)).Contains(name, StringComparer.Ordinal))
        {
            throw new ApiKeyNotFoundException($"The project has no access named '{name}'. Check the name (it is case-sensitive) and refresh the list.");
        }
        var path = $"api/v0/api-keys/delete-by-name?name={Uri.EscapeDataString(name)}&publicID={Uri.EscapeDataString(projectId)}";
        var response = await caller.SendAsync(() => Request(HttpMethod.Delete, path, write: true), idempotent: false, "deleting the access", cancellationToken);
        ConsoleErrors.ThrowForStatus(response, loggingIn: false, projectRoute: true);
    }

    /// <summary>Deletes keys by id, all or nothing (an unknown id fails the whole call).</summary>
    public async Task DeleteApiKeysByIdsAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var body = JsonSerializer.Serialize(new DeleteByIdsWire { Ids = [.. ids] }, ConsoleJsonContext.Default.DeleteByIdsWire);
        var response = await caller.SendAsync(() =>
        {
            var request = Request(HttpMethod.Delete, "api/v0/api-keys/delete-by-ids", write: true);
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
            return request;
        }, idempotent: false, "deleting API keys", cancellationToken);
        ConsoleErrors.ThrowForStatus(response, loggingIn: false, projectRoute: true);
    }

    public void Dispose() => caller.Dispose();

    public override string ToString() => $"ConsoleClient {{ {caller.BaseUrl.Authority}, LoggedIn = {IsLoggedIn} }}";

    private async Task<T?> GetAsync<T>(string path, string doing, JsonTypeInfo<T> type, CancellationToken cancellationToken, bool projectRoute = true)
    {
        var response = await caller.SendAsync(() => Request(HttpMethod.Get, path), idempotent: true, doing, cancellationToken);
        ConsoleErrors.ThrowForStatus(response, loggingIn: false, projectRoute);
        return Parse(response, type);
    }

    private HttpRequestMessage Request(HttpMethod method, string path, bool write = false)
    {
        var request = new HttpRequestMessage(method, caller.Resolve(path));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        var cookies = new List<string>();
        if (sessionToken is not null)
        {
            cookies.Add($"{SessionCookie}={sessionToken}");
        }
        if (csrfToken is not null)
        {
            cookies.Add($"{CsrfCookie}={csrfToken}");
            if (write)
            {
                request.Headers.Add("X-CSRF-Token", csrfToken);
            }
        }
        if (cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies));
        }
        return request;
    }

    private void TakeSession(ServiceResponse response, TokenWire token)
    {
        TakeCookies(response);
        sessionToken ??= string.IsNullOrEmpty(token.Token) ? null : token.Token;
        if (sessionToken is null)
        {
            throw new MalformedResponseException("The satellite console accepted the log-in but sent no session token. Try again.");
        }
    }

    private void TakeCookies(ServiceResponse response)
    {
        foreach (var header in response.SetCookies)
        {
            var first = header.Split(';', 2)[0];
            var eq = first.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                continue;
            }
            var name = first[..eq].Trim();
            var value = first[(eq + 1)..].Trim();
            if (name == SessionCookie)
            {
                sessionToken = value.Length > 0 ? value : null;
            }
            else if (name == CsrfCookie && value.Length > 0)
            {
                csrfToken = value;
            }
        }
    }

    private static T Parse<T>(ServiceResponse response, JsonTypeInfo<T> type)
    {
        try
        {
            return JsonSerializer.Deserialize(response.Body, type) ?? throw Malformed(typeof(T).Name);
        }
        catch (JsonException e)
        {
            throw new MalformedResponseException(
                $"The satellite console sent an answer that is not the JSON it should be (HTTP {response.Code}){ServiceErrors.While(response.Doing)}. Is the console URL right? Try again later.", e);
        }
    }

    private static MalformedResponseException Malformed(string what) =>
        new($"The satellite console's answer ({what}) is missing fields it should have. Is the console URL right?");

    private static byte[] DecodeSalt(string? base64)
    {
        try
        {
            var salt = Convert.FromBase64String(base64 ?? "");
            return salt.Length > 0 ? salt : throw Malformed("project salt");
        }
        catch (FormatException e)
        {
            throw new MalformedResponseException("The satellite console sent a project salt that is not base64.", e);
        }
    }

    private static ApiKeyInfo ToInfo(ApiKeyInfoWire wire) => new(
        Required(wire.Id, "API key id"),
        wire.ProjectId ?? "",
        wire.ProjectPublicId ?? "",
        wire.Name ?? "",
        wire.CreatedAt,
        Blank(wire.CreatorEmail),
        wire.Version);

    private static string Required(string? value, string what) => string.IsNullOrEmpty(value) ? throw Malformed(what) : value;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
