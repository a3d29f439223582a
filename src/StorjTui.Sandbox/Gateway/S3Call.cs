using Microsoft.AspNetCore.Http;
using StorjTui.Sandbox.State;

namespace StorjTui.Sandbox.Gateway;

/// <summary>One authenticated S3 request: who asks (the opened grant and its project), what for, and its checked body.</summary>
internal sealed record S3Call(HttpContext Http, S3RequestTarget Target, IGrantScope Scope, ProjectStateWire Project, Stream Body, GatewayServices Services)
{
    public string Bucket => Target.Bucket ?? throw S3Exception.InvalidRequest("The request names no bucket.");

    public string Key => Target.Key ?? throw S3Exception.InvalidRequest("The request names no object key.");

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>Throws NoSuchBucket unless the project has the bucket.</summary>
    public void RequireBucket(string bucket)
    {
        if (!Services.State.BucketsOf(Project).Contains(bucket))
        {
            throw S3Exception.NoSuchBucket(bucket);
        }
    }
}
