namespace StorjTui.Sandbox.Gateway;

/// <summary>An S3 error answer: the XML <c>Code</c>, the HTTP status and a message a person can act on (never a secret).</summary>
internal sealed class S3Exception(string code, int status, string message) : Exception(message)
{
    public string Code { get; } = code;

    public int Status { get; } = status;

    public static S3Exception AccessDenied(string message) => new("AccessDenied", 403, message);

    public static S3Exception SignatureDoesNotMatch(string message) => new("SignatureDoesNotMatch", 403, message);

    public static S3Exception InvalidArgument(string message) => new("InvalidArgument", 400, message);

    public static S3Exception InvalidRequest(string message) => new("InvalidRequest", 400, message);

    public static S3Exception MalformedXml(string message) => new("MalformedXML", 400, message);

    public static S3Exception NoSuchBucket(string bucket) => new("NoSuchBucket", 404, $"The bucket \"{bucket}\" does not exist in this project.");

    public static S3Exception NoSuchKey() => new("NoSuchKey", 404, "The object does not exist (or was written with another encryption passphrase).");

    public static S3Exception NoSuchUpload() => new("NoSuchUpload", 404, "The multipart upload does not exist: it was completed, aborted, or never started.");

    public static S3Exception NotImplemented(string what) => new("NotImplemented", 501, $"The sandbox's S3 gateway does not implement {what}.");
}
