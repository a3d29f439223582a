using System.Net;

namespace StorjTui.Storj.Http;

/// <summary>
/// Sends requests to one service with a timeout on every attempt. Idempotent reads are retried with
/// exponential backoff on network failures, timeouts, 429 and 502–504, honouring Retry-After; anything that
/// creates or deletes is sent once, so a lost answer never turns into a second API key.
/// </summary>
internal sealed class ServiceCaller : IDisposable
{
    private readonly HttpClient http;
    private readonly ServiceCallOptions options;

    /// <summary>
    /// The largest answer read: console and auth answers are a few KB (a project list of hundreds of accesses stays far
    /// below), so anything bigger is not a real answer and is refused before it fills memory.
    /// </summary>
    internal const int MaxAnswerBytes = 4 * 1024 * 1024;

    public ServiceCaller(Uri baseUrl, string service, ServiceCallOptions options)
    {
        this.options = options;
        Service = service;
        BaseUrl = ServiceAddress.Check(baseUrl, options.Insecure, service);
        // Cookies are handled by the clients themselves, so a canned handler in tests behaves like the network.
        var handler = options.Handler ?? new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            ConnectTimeout = options.Timeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        http = new HttpClient(handler, disposeHandler: options.Handler is null) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }

    /// <summary>The service's name for messages ("satellite console", "auth service").</summary>
    public string Service { get; }

    public Uri BaseUrl { get; }

    public Uri Resolve(string relative) => new(BaseUrl, relative);

    public Task<ServiceResponse> SendAsync(Func<HttpRequestMessage> makeRequest, bool idempotent, CancellationToken cancellationToken) =>
        SendAsync(makeRequest, idempotent, null, cancellationToken);

    /// <summary>Sends the request; <paramref name="doing"/> ("listing the projects") goes into every failure message.</summary>
    public async Task<ServiceResponse> SendAsync(Func<HttpRequestMessage> makeRequest, bool idempotent, string? doing, CancellationToken cancellationToken)
    {
        var attempts = idempotent ? Math.Max(1, options.MaxAttempts) : 1;
        for (var attempt = 1; ; attempt++)
        {
            Exception failure;
            try
            {
                var response = await SendOnceAsync(makeRequest, doing, cancellationToken);
                if (!idempotent || attempt >= attempts || !IsTransient(response.Status))
                {
                    return response;
                }
                var delay = response.RetryAfter ?? Backoff(attempt);
                if (delay > options.MaxRetryDelay)
                {
                    return response; // the caller reports how long the server asked to wait
                }
                await Task.Delay(delay, cancellationToken);
                continue;
            }
            catch (ServiceTimeoutException e)
            {
                failure = e;
            }
            catch (ServiceUnreachableException e)
            {
                failure = e;
            }
            if (attempt >= attempts)
            {
                throw failure;
            }
            await Task.Delay(Backoff(attempt), cancellationToken);
        }
    }

    private async Task<ServiceResponse> SendOnceAsync(Func<HttpRequestMessage> makeRequest, string? doing, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var request = makeRequest();
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var body = await ReadAnswerAsync(response.Content, doing, timeout.Token);
            var cookies = response.Headers.TryGetValues("Set-Cookie", out var values) ? values.ToList() : [];
            return new ServiceResponse(response.StatusCode, body, cookies, RetryAfterOf(response)) { Doing = doing };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ServiceTimeoutException(
                $"The {Service} at {BaseUrl.Authority} did not answer within {options.Timeout.TotalSeconds:0.#} s{ServiceErrors.While(doing)}. Check the network, or try again later.");
        }
        catch (HttpRequestException e) when (BrokeOff(e))
        {
            throw new ServiceUnreachableException(
                $"The connection to the {Service} at {BaseUrl.Authority} broke off{ServiceErrors.While(doing)}, before an answer came. Check the network and try again.", e);
        }
        catch (HttpRequestException e)
        {
            throw new ServiceUnreachableException(
                $"Could not reach the {Service} at {BaseUrl.Authority}{ServiceErrors.While(doing)}: {Describe(e)}. Check the address and the network.", e);
        }
        catch (IOException e)
        {
            throw new ServiceUnreachableException(
                $"The connection to the {Service} at {BaseUrl.Authority} broke off{ServiceErrors.While(doing)}. Check the network and try again.", e);
        }
    }

    /// <summary>Reads the answer as UTF-8 text, at most <see cref="MaxAnswerBytes"/>; a bigger one is refused, never buffered whole.</summary>
    private async Task<string> ReadAnswerAsync(HttpContent content, string? doing, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        using var kept = new MemoryStream();
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            if (kept.Length + read > MaxAnswerBytes)
            {
                throw new MalformedResponseException(
                    $"The {Service} at {BaseUrl.Authority} sent an answer too large to be one (more than {MaxAnswerBytes / (1024 * 1024)} MiB){ServiceErrors.While(doing)}. Check the address.");
            }
            kept.Write(buffer, 0, read);
        }
        return System.Text.Encoding.UTF8.GetString(kept.GetBuffer(), 0, (int)kept.Length);
    }

    private static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.TooManyRequests or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private TimeSpan Backoff(int attempt)
    {
        var delay = options.RetryBaseDelay * Math.Pow(2, attempt - 1);
        return delay > options.MaxRetryDelay ? options.MaxRetryDelay : delay;
    }

    private static TimeSpan? RetryAfterOf(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta;
        }
        if (header?.Date is { } date)
        {
            var wait = date - DateTimeOffset.UtcNow;
            return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
        }
        return null;
    }

    /// <summary>Connected, then dropped (a reset, a closed socket): not an address problem, so say so.</summary>
    private static bool BrokeOff(HttpRequestException e) =>
        e.HttpRequestError == HttpRequestError.ResponseEnded || (e.HttpRequestError == HttpRequestError.Unknown && e.InnerException is IOException);

    private static string Describe(HttpRequestException e) => e.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "the host name does not resolve",
        HttpRequestError.ConnectionError => "the connection was refused or dropped",
        HttpRequestError.SecureConnectionError => "the TLS handshake failed (certificate or protocol)",
        HttpRequestError.ResponseEnded => "the server closed the connection before answering",
        HttpRequestError.InvalidResponse => "the answer was not valid HTTP",
        _ => "the request failed",
    };

    public void Dispose() => http.Dispose();
}
