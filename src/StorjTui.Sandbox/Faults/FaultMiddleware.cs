using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace StorjTui.Sandbox.Faults;

/// <summary>Applies <see cref="SandboxFaults"/> to requests, before or after the real handler.</summary>
internal static class FaultMiddleware
{
    public static async Task InvokeAsync(HttpContext context, SandboxFaults faults, RequestDelegate next)
    {
        var fault = faults.Take(context.Request.Method, context.Request.Path.Value ?? "");
        if (fault is null)
        {
            await next(context);
            return;
        }
        var aborted = context.RequestAborted;
        if (!fault.AfterHandling)
        {
            await DelayAsync(fault, aborted);
            if (fault.ResetConnection || fault.MalformedJson || fault.StatusCode is not null)
            {
                await AnswerAsync(context, fault, handledBody: null);
            }
            else if (!aborted.IsCancellationRequested)
            {
                await next(context); // latency only
            }
            return;
        }
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        await DelayAsync(fault, aborted);
        await AnswerAsync(context, fault, buffer.ToArray());
    }

    private static async Task DelayAsync(SandboxFault fault, CancellationToken aborted)
    {
        if (fault.Latency is { } latency)
        {
            try
            {
                await Task.Delay(latency, aborted);
            }
            catch (OperationCanceledException)
            {
                // the client gave up; nothing more to do
            }
        }
    }

    private static async Task AnswerAsync(HttpContext context, SandboxFault fault, byte[]? handledBody)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        if (fault.ResetConnection)
        {
            context.Abort();
            return;
        }
        var response = context.Response;
        if (fault.RetryAfter is { } after)
        {
            response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        }
        if (fault.MalformedJson)
        {
            response.StatusCode = 200;
            response.ContentType = "application/json";
            await response.WriteAsync("{\"truncated\": [1, 2", context.RequestAborted);
            return;
        }
        if (fault.StatusCode is { } status)
        {
            response.StatusCode = status;
            if (!string.IsNullOrEmpty(fault.Body))
            {
                response.ContentType = fault.ContentType;
                await response.WriteAsync(fault.Body, context.RequestAborted);
            }
            return;
        }
        if (handledBody is not null)
        {
            await response.Body.WriteAsync(handledBody, context.RequestAborted);
        }
    }
}
