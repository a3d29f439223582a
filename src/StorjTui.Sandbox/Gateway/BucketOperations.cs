using System.Text.RegularExpressions;

namespace StorjTui.Sandbox.Gateway;

/// <summary>ListBuckets, CreateBucket, DeleteBucket, HeadBucket, GetBucketLocation. Buckets are the project's (the console lists the same ones).</summary>
internal static partial class BucketOperations
{
    public static Task ListBuckets(S3Call call)
    {
        call.Scope.Require(GatewayPermission.List, null, null);
        var names = call.Services.State.BucketsOf(call.Project).Where(call.Scope.MaySee).Order(StringComparer.Ordinal).ToList();
        return S3Xml.WriteAsync(call.Http, 200, "ListAllMyBucketsResult", xml =>
        {
            xml.WriteStartElement("Owner");
            xml.WriteElementString("ID", call.Project.Id);
            xml.WriteElementString("DisplayName", call.Project.Name);
            xml.WriteEndElement();
            xml.WriteStartElement("Buckets");
            foreach (var name in names)
            {
                xml.WriteStartElement("Bucket");
                xml.WriteElementString("Name", name);
                xml.WriteElementString("CreationDate", S3Xml.Time(call.Project.CreatedAt));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        });
    }

    public static Task CreateBucket(S3Call call)
    {
        var bucket = call.Bucket;
        call.Scope.Require(GatewayPermission.Write, bucket, null);
        if (!BucketName().IsMatch(bucket) || bucket.Contains("..", StringComparison.Ordinal))
        {
            throw new S3Exception("InvalidBucketName", 400, $"\"{bucket}\" is not a valid bucket name: 3 to 63 lower-case letters, digits, '-' and '.', starting and ending with a letter or digit.");
        }
        if (!call.Services.State.AddBucket(call.Project, bucket))
        {
            throw new S3Exception("BucketAlreadyOwnedByYou", 409, $"The project already has a bucket \"{bucket}\".");
        }
        call.Http.Response.Headers.Location = "/" + bucket;
        call.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    public static Task DeleteBucket(S3Call call)
    {
        var bucket = call.Bucket;
        call.Scope.Require(GatewayPermission.Delete, bucket, null);
        call.RequireBucket(bucket);
        if (!call.Services.Store.IsEmpty(call.Project.Id, bucket) || call.Services.Uploads.InBucket(call.Project.Id, bucket).Count > 0)
        {
            throw new S3Exception("BucketNotEmpty", 409, $"The bucket \"{bucket}\" is not empty (objects or unfinished multipart uploads, possibly written with another passphrase).");
        }
        call.Services.State.RemoveBucket(call.Project, bucket);
        call.Services.Store.RemoveBucket(call.Project.Id, bucket);
        call.Http.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    public static Task HeadBucket(S3Call call)
    {
        call.Scope.Require(GatewayPermission.Read, call.Bucket, null);
        call.RequireBucket(call.Bucket);
        call.Http.Response.Headers["x-amz-bucket-region"] = "us-east-1";
        call.Http.Response.StatusCode = 200;
        return Task.CompletedTask;
    }

    public static Task GetBucketLocation(S3Call call)
    {
        call.Scope.Require(GatewayPermission.Read, call.Bucket, null);
        call.RequireBucket(call.Bucket);
        // us-east-1 is an empty LocationConstraint, as on S3 and Storj's gateway.
        return S3Xml.WriteAsync(call.Http, 200, "LocationConstraint", _ => { });
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")]
    private static partial Regex BucketName();
}
