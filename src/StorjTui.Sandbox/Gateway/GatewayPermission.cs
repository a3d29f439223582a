namespace StorjTui.Sandbox.Gateway;

/// <summary>The four permissions of an access, as the S3 gateway needs them for one request.</summary>
internal enum GatewayPermission
{
    /// <summary>GET/HEAD object, download.</summary>
    Read,

    /// <summary>PUT object, multipart, copy target, create bucket.</summary>
    Write,

    /// <summary>ListBuckets, ListObjects(V2), ListParts, ListMultipartUploads.</summary>
    List,

    /// <summary>DELETE object/objects, delete bucket, abort multipart.</summary>
    Delete,
}
