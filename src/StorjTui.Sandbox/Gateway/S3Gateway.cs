using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using StorjTui.Storj.Grants;

namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// The sandbox's own S3 gateway (Storj's gateway-mt in small) on its own 127.0.0.1 port: authenticates each request
/// against the credentials the sandbox's auth service issued, opens the access grant behind them as the policy, and
/// serves the objects of the grant's project.
/// </summary>
internal sealed class S3Gateway : IAsyncDisposable
{
    /// <summary>Host names the gateway answers to; <c>bucket.&lt;name&gt;</c> is virtual-host style.</summary>
    private static readonly string[] Hosts = ["localhost", "127.0.0.1"];

    private static readonly HashSet<string> KnownParameters = new(StringComparer.Ordinal)
    {
        "prefix", "delimiter", "max-keys", "marker", "continuation-token", "start-after", "encoding-type", "fetch-owner", "list-type",
        "location", "uploads", "uploadId", "partNumber", "delete", "max-parts", "part-number-marker", "key-marker", "upload-id-marker",
        "max-uploads", "x-id",
    };

    private readonly WebApplication app;
    private readonly GatewayServices services;
    private readonly S3Authenticator authenticator;

    private S3Gateway(WebApplication app, GatewayServices services)
    {
        this.app = app;
        this.services = services;
        authenticator = new S3Authenticator(services.Credentials, services.Time);
    }

    /// <summary>The endpoint the auth service hands out, e.g. http://127.0.0.1:41235/.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public static async Task<S3Gateway> StartAsync(GatewayServices services, int port, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, port);
            // Bodies stream to disk and the quota bounds them, not a request size limit.
            k.Limits.MaxRequestBodySize = null;
            k.AddServerHeader = false;
        });
        var app = builder.Build();
        var gateway = new S3Gateway(app, services);
        app.Run(gateway.HandleAsync);
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Urls.First();
        gateway.Url = new Uri(address.EndsWith('/') ? address : address + "/");
        return gateway;
    }

    private async Task HandleAsync(HttpContext context)
    {
        var resource = context.Request.Path.Value ?? "/";
        try
        {
            var target = S3RequestTarget.From(context, Hosts);
            var (credentials, body) = authenticator.Authenticate(context, target);
            var scope = services.Authority.Open(credentials.AccessGrant, services.Now);
            var project = services.State.ProjectOfHead(AccessGrant.Parse(credentials.AccessGrant).ApiKey.Head)
                ?? throw new GatewayAccessDeniedException("The access was deleted in the sandbox, which revokes its S3 credentials.");
            await DispatchAsync(new S3Call(context, target, scope, project, body, services));
        }
        catch (S3Exception e) when (!context.Response.HasStarted)
        {
            await S3Xml.ErrorAsync(context, e, resource);
        }
        catch (GatewayAccessDeniedException e) when (!context.Response.HasStarted)
        {
            await S3Xml.ErrorAsync(context, S3Exception.AccessDenied(e.Message), resource);
        }
        catch (Exception e) when (e is OperationCanceledException or IOException && context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; whatever it was writing was deleted from the temp folder.
        }
        catch (Exception) when (!context.Response.HasStarted)
        {
            await S3Xml.ErrorAsync(context, new S3Exception("InternalError", 500, "The sandbox's S3 gateway failed on this request."), resource);
        }
        catch (Exception)
        {
            context.Abort();
        }
    }

    private static Task DispatchAsync(S3Call call)
    {
        var target = call.Target;
        if (target.Query.Select(p => p.Key).FirstOrDefault(k => !KnownParameters.Contains(k) && !k.StartsWith("X-Amz-", StringComparison.Ordinal) && !k.StartsWith("response-", StringComparison.Ordinal)) is { } unknown)
        {
            throw S3Exception.NotImplemented($"the \"{unknown}\" operation (versioning, Object Lock, tagging, policies, ACLs… are not available)");
        }
        var method = call.Http.Request.Method;
        if (target.Bucket is null)
        {
            return HttpMethods.IsGet(method) ? BucketOperations.ListBuckets(call) : throw S3Exception.NotImplemented($"{method} on the service");
        }
        if (target.Key is null)
        {
            return method switch
            {
                "GET" when target.Has("location") => BucketOperations.GetBucketLocation(call),
                "GET" when target.Has("uploads") => MultipartOperations.ListUploads(call),
                "GET" => ListOperations.ListObjects(call, v2: target.Get("list-type") == "2"),
                "HEAD" => BucketOperations.HeadBucket(call),
                "PUT" => BucketOperations.CreateBucket(call),
                "DELETE" => BucketOperations.DeleteBucket(call),
                "POST" when target.Has("delete") => ObjectOperations.DeleteObjects(call),
                _ => throw S3Exception.NotImplemented($"{method} on a bucket"),
            };
        }
        return method switch
        {
            "GET" when target.Has("uploadId") => MultipartOperations.ListParts(call),
            "GET" => ObjectOperations.GetObject(call, head: false),
            "HEAD" => ObjectOperations.GetObject(call, head: true),
            "PUT" when target.Has("uploadId") => MultipartOperations.UploadPart(call),
            "PUT" when call.Http.Request.Headers.ContainsKey("x-amz-copy-source") => ObjectOperations.CopyObject(call),
            "PUT" => ObjectOperations.PutObject(call),
            "POST" when target.Has("uploads") => MultipartOperations.Create(call),
            "POST" when target.Has("uploadId") => MultipartOperations.Complete(call),
            "DELETE" when target.Has("uploadId") => MultipartOperations.Abort(call),
            "DELETE" => ObjectOperations.DeleteObject(call),
            _ => throw S3Exception.NotImplemented($"{method} on an object"),
        };
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
