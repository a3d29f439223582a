namespace StorjTui.Sandbox.Gateway;

/// <summary>
/// The grant behind an S3 key refuses a request. The message names the reason in words a person can act on
/// ("the access expired at …", "the access was deleted", "not allowed to write", "outside the allowed buckets");
/// the gateway answers S3 <c>AccessDenied</c> with it. Never carries a key, secret or grant.
/// </summary>
internal sealed class GatewayAccessDeniedException(string reason) : Exception(reason);
