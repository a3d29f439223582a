using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace StorjTui.Sandbox.Tests;

/// <summary>A raw HTTP client with a cookie jar, to look at the sandbox's answers byte for byte.</summary>
public sealed class SandboxClient : IDisposable
{
    private readonly HttpClient http;

    public SandboxClient(Uri baseUrl)
    {
        Cookies = new CookieContainer();
        http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies }) { BaseAddress = baseUrl };
    }

    public CookieContainer Cookies { get; }

    public string? Csrf { get; private set; }

    /// <summary>When set, sent as X-CSRF-Token instead of the token the config handed out (a mismatched token).</summary>
    public string? CsrfHeaderOverride { get; set; }

    public async Task<JsonElement> ConfigAsync()
    {
        var config = await JsonAsync(await http.GetAsync(new Uri("api/v0/config", UriKind.Relative)));
        Csrf = config.GetProperty("csrfToken").GetString();
        return config;
    }

    public async Task LogInAsync(string email = SandboxServer.DemoEmail, string password = SandboxServer.DemoPassword)
    {
        await ConfigAsync();
        using var response = await PostJsonAsync("api/v0/auth/token", $"{{\"email\":\"{email}\",\"password\":\"{password}\"}}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    public Task<HttpResponseMessage> GetAsync(string path) => http.GetAsync(new Uri(path, UriKind.Relative));

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json, bool csrf = true) =>
        SendAsync(HttpMethod.Post, path, new StringContent(json, Encoding.UTF8, "application/json"), csrf);

    public Task<HttpResponseMessage> PostTextAsync(string path, string text, bool csrf = true) =>
        SendAsync(HttpMethod.Post, path, new StringContent(text, Encoding.UTF8, "text/plain"), csrf);

    public Task<HttpResponseMessage> DeleteAsync(string path, string? json = null, bool csrf = true) =>
        SendAsync(HttpMethod.Delete, path, json is null ? null : new StringContent(json, Encoding.UTF8, "application/json"), csrf);

    public async Task<(string Key, JsonElement Info)> CreateKeyAsync(string projectId, string name)
    {
        using var response = await PostTextAsync($"api/v0/api-keys/create/{projectId}", name);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await JsonAsync(response);
        return (body.GetProperty("key").GetString()!, body.GetProperty("keyInfo"));
    }

    public async Task<JsonElement> ProjectsAsync()
    {
        using var response = await GetAsync("api/v0/projects");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await JsonAsync(response);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static async Task<string> ErrorAsync(HttpResponseMessage response) =>
        (await JsonAsync(response)).GetProperty("error").GetString()!;

    private Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, HttpContent? content, bool csrf)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = content };
        if (csrf && (CsrfHeaderOverride ?? Csrf) is { } token)
        {
            request.Headers.Add("X-CSRF-Token", token);
        }
        return http.SendAsync(request);
    }

    public void Dispose() => http.Dispose();
}
