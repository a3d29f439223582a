using System.Net;
using System.Text;

namespace StorjTui.Storj.Tests;

/// <summary>Answers HTTP requests with canned responses and records what was sent.</summary>
public sealed class CannedHandler(Func<HttpRequestMessage, int, CancellationToken, Task<HttpResponseMessage>> respond) : HttpMessageHandler
{
    public CannedHandler(Func<HttpRequestMessage, int, HttpResponseMessage> respond)
        : this((request, n, _) => Task.FromResult(respond(request, n)))
    {
    }

    public List<SentRequest> Requests { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        lock (Requests)
        {
            Requests.Add(new SentRequest(request.Method, request.RequestUri!, headers, body));
        }
        return await respond(request, Requests.Count, cancellationToken);
    }

    public static HttpResponseMessage Json(int status, string json, params (string Name, string Value)[] headers)
    {
        var response = new HttpResponseMessage((HttpStatusCode)status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        foreach (var (name, value) in headers)
        {
            response.Headers.TryAddWithoutValidation(name, value);
        }
        return response;
    }

    /// <summary>Go's http.Error: text/plain and a trailing newline.</summary>
    public static HttpResponseMessage Text(int status, string text) =>
        new((HttpStatusCode)status) { Content = new StringContent(text + "\n", Encoding.UTF8, "text/plain") };
}

public sealed record SentRequest(HttpMethod Method, Uri Uri, IReadOnlyDictionary<string, string> Headers, string? Body);
