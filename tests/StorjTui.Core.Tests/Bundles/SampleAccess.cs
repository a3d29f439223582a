using StorjTui.Core.Access;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>Created accesses with made-up (but correctly shaped) values.</summary>
internal static class SampleAccess
{
    public const string AccessKeyId = "jwvizqvv3ty3xyhhr5njgsrbk4fa";
    public const string SecretKey = "j2ymk2pgcbzqi4kfyyc7ebbewj2jdj6phnjyvdxh5xfoiyvzgjwpq";
    public const string Endpoint = "https://gateway.storjshare.io";
    public static readonly DateTimeOffset CreatedAt = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static CreatedAccess S3(string name = "my-access") => new()
    {
        Type = AccessType.S3Credentials,
        Name = name,
        CreatedAt = CreatedAt,
        Permissions = Permissions.Read | Permissions.List,
        Buckets = ["my-bucket"],
        NotAfter = new DateTimeOffset(2026, 2, 1, 23, 59, 59, TimeSpan.Zero),
        AccessKeyId = AccessKeyId,
        SecretKey = SecretKey,
        Endpoint = Endpoint,
    };

    public static CreatedAccess Grant(string name = "my-access") => new()
    {
        Type = AccessType.AccessGrant,
        Name = name,
        CreatedAt = CreatedAt,
        Permissions = Permissions.All,
        Buckets = [],
        AccessGrant = "1cCYAHeqMzG6u7Yhw7jySoZwGqURKyXJ9bpHxjzTo3EnX4UJnzGBzgRNCTNn",
    };
}
