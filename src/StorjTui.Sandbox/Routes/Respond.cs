using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;

namespace StorjTui.Sandbox.Routes;

/// <summary>Writes answers the way the Go services do: JSON plus a newline (json.Encoder), or http.Error's plain text.</summary>
internal static class Respond
{
    public static async Task Json<T>(HttpContext context, int status, T value, JsonTypeInfo<T> type)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, type, context.RequestAborted);
        await context.Response.WriteAsync("\n", context.RequestAborted);
    }

    /// <summary>private/web/error.go ServeCustomJSONError: <c>{"error": message}</c> (204 gets no body).</summary>
    public static Task Error(HttpContext context, int status, string message)
    {
        if (status == StatusCodes.Status204NoContent)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        return Json(context, status, new ErrorResponse { Error = message }, SandboxJsonContext.Default.ErrorResponse);
    }

    /// <summary>Go's http.Error: plain text and a newline; the auth service empties 5xx messages.</summary>
    public static async Task Text(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.XContentTypeOptions = "nosniff";
        await context.Response.WriteAsync(message + "\n", context.RequestAborted);
    }
}
