using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Auth;

/// <summary>
/// Registers an access grant with a Storj auth service (<c>POST /v1/access</c>, storj/edge
/// pkg/auth/httpauth/resources.go) and returns S3 credentials. Sent once, never retried: each call makes new
/// credentials. Errors are plain-text bodies, mapped to typed exceptions that never quote the grant.
/// </summary>
public sealed class AuthServiceClient : IDisposable
{
    private const string Service = "auth service";
    private readonly ServiceCaller caller;
    private readonly bool insecure;

    public AuthServiceClient(Uri authServiceUrl, ServiceCallOptions? options = null)
    {
        options ??= new ServiceCallOptions();
        caller = new ServiceCaller(authServiceUrl, Service, options);
        insecure = options.Insecure;
    }

    public Uri AuthServiceUrl => caller.BaseUrl;

    /// <summary>
    /// Registers <paramref name="accessGrant"/>. The answer is untrusted: keys and endpoint are checked by
    /// <see cref="S3AnswerRules"/> (<see cref="UnsafeAnswerException"/> otherwise) before anyone writes them to a file.
    /// </summary>
    public async Task<S3Credentials> RegisterAsync(string accessGrant, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(accessGrant);
        var body = JsonSerializer.Serialize(new RegisterAccessWire { AccessGrant = accessGrant, Public = false }, AuthJsonContext.Default.RegisterAccessWire);
        var response = await caller.SendAsync(() =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, caller.Resolve("v1/access"))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
            return request;
        }, idempotent: false, "registering the access for S3 credentials", cancellationToken);

        if (!response.IsSuccess)
        {
            throw Rejection(response, accessGrant);
        }
        RegisteredAccessWire wire;
        try
        {
            wire = JsonSerializer.Deserialize(response.Body, AuthJsonContext.Default.RegisteredAccessWire)
                ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new MalformedResponseException($"The auth service at {caller.BaseUrl.Authority} sent an answer that is not the JSON it should be. Is the auth service URL right?", e);
        }
        if (string.IsNullOrEmpty(wire.AccessKeyId) || string.IsNullOrEmpty(wire.SecretKey))
        {
            throw new MalformedResponseException($"The auth service at {caller.BaseUrl.Authority} answered without an access key or secret key.");
        }
        S3AnswerRules.CheckKeys(wire.AccessKeyId, wire.SecretKey, Service);
        var endpoint = S3AnswerRules.CheckEndpoint(wire.Endpoint, insecure, "endpoint", Service);
        return new S3Credentials(wire.AccessKeyId, wire.SecretKey, endpoint);
    }

    public void Dispose() => caller.Dispose();

    private static Exception Rejection(ServiceResponse response, string accessGrant)
    {
        // http.Error bodies: one line of text; 5xx and 499 bodies are emptied by the service itself.
        var text = response.Body.Replace(accessGrant, "<access grant>", StringComparison.Ordinal).Trim();
        ServiceErrors.ThrowIfBusyOrFailed(response, Service, null);
        if (response.Code == 400)
        {
            const string grantPrefix = "access grant: ";
            var reason = text.StartsWith(grantPrefix, StringComparison.Ordinal) ? text[grantPrefix.Length..] : text;
            reason = ServiceErrors.Shorten(reason);
            return new GrantRejectedException($"The auth service rejected the access grant: {reason}.{Advice(reason)}", reason);
        }
        return response.Code switch
        {
            413 => new AuthRequestRejectedException("The auth service refused the request as too large (its limit is 4 KiB). Restrict the access to fewer buckets.", 413),
            422 => new AuthRequestRejectedException("The auth service could not read the request (HTTP 422). Is the auth service URL right?", 422),
            _ => new AuthRequestRejectedException($"The auth service refused the request (HTTP {response.Code}){(text.Length > 0 ? ": " + ServiceErrors.Shorten(text) : "")}.", response.Code),
        };
    }

    private static string Advice(string reason)
    {
        if (reason.Contains("disallowed satellite", StringComparison.OrdinalIgnoreCase))
        {
            return " This auth service does not serve the grant's satellite; use the auth service of the satellite's region.";
        }
        if (reason.Contains("expiration", StringComparison.OrdinalIgnoreCase) || reason.Contains("expire", StringComparison.OrdinalIgnoreCase))
        {
            return " Choose an end date at least a minute from now.";
        }
        return "";
    }
}
