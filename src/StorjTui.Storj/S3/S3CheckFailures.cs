using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using Amazon.Runtime;
using StorjTui.Core.Text;

namespace StorjTui.Storj.S3;

/// <summary>
/// Turns what AWSSDK.S3 and the network throw into a result a person can act on. Messages name the endpoint,
/// the access key id and the S3 error code, never the secret key, and never the server's own error text
/// (radosgw often sends none, and a result must not depend on it).
/// </summary>
internal static class S3CheckFailures
{
    public static S3CheckResult TimedOut(Uri endpoint, TimeSpan timeout) =>
        S3CheckResult.Fail(S3CheckProblem.Timeout, string.Create(CultureInfo.InvariantCulture,
            $"{endpoint.Authority} did not answer within {timeout.TotalSeconds:0.#} s. Check the endpoint and your network, then try again."));

    public static S3CheckResult From(Exception exception, Uri endpoint, string accessKeyId, string what, TimeSpan timeout)
    {
        var service = Find<AmazonServiceException>(exception);
        if (service is { StatusCode: not 0 } && !string.IsNullOrEmpty(service.ErrorCode))
        {
            return FromS3Error(service.ErrorCode, service.StatusCode, endpoint, accessKeyId, what);
        }

        if (Find<AuthenticationException>(exception) is not null
            || Find<HttpRequestException>(exception) is { HttpRequestError: HttpRequestError.SecureConnectionError })
        {
            return S3CheckResult.Fail(S3CheckProblem.TlsFailure,
                $"A secure (TLS) connection to {endpoint.Authority} could not be made: the certificate is not trusted or the "
                + "server does not speak TLS there. Check the endpoint (https:// or http://) and the system's CA certificates.");
        }

        var socket = Find<SocketException>(exception);
        var http = Find<HttpRequestException>(exception);
        if (socket?.SocketErrorCode is SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData
            || http?.HttpRequestError == HttpRequestError.NameResolutionError)
        {
            return S3CheckResult.Fail(S3CheckProblem.DnsFailure,
                $"The host {endpoint.Host} could not be found (DNS). Check the endpoint for typos and that this machine can resolve names.");
        }

        if (socket?.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return S3CheckResult.Fail(S3CheckProblem.ConnectionRefused,
                $"Nothing accepts connections at {endpoint.Authority} (connection refused). Check the endpoint and that the S3 gateway is running.");
        }

        if (socket?.SocketErrorCode == SocketError.TimedOut || Find<TimeoutException>(exception) is not null)
        {
            return TimedOut(endpoint, timeout);
        }

        // Network failures carry the .NET message, which names host and port but no credentials.
        var detail = (Find<SocketException>(exception) as Exception ?? http ?? exception).Message;
        return S3CheckResult.Fail(S3CheckProblem.Other, $"Could not check the credentials at {endpoint.Authority}: {detail}");
    }

    private static S3CheckResult FromS3Error(string code, HttpStatusCode status, Uri endpoint, string accessKeyId, string what)
    {
        // The code comes from the server and the key id from a file: neither may steer the terminal.
        code = TerminalText.Show(code);
        accessKeyId = TerminalText.Show(accessKeyId);
        var host = endpoint.Authority;
        return code switch
        {
            "SignatureDoesNotMatch" => S3CheckResult.Fail(S3CheckProblem.SignatureDoesNotMatch,
                $"{host} knows access key {accessKeyId}, but the secret key does not match it (SignatureDoesNotMatch). "
                + "Check that the secret key was copied whole, without spaces or line breaks."),
            "InvalidAccessKeyId" => S3CheckResult.Fail(S3CheckProblem.InvalidAccessKeyId,
                $"{host} does not know access key {accessKeyId} (InvalidAccessKeyId). Check the access key, that the credentials "
                + "are for this endpoint, and that the access was not deleted."),
            "AccessDenied" => S3CheckResult.Fail(S3CheckProblem.AccessDenied,
                $"{host} accepted the key pair but refused to list {what} (AccessDenied). The access may have expired or been "
                + "revoked, or may not allow this bucket."),
            _ => S3CheckResult.Fail(S3CheckProblem.Other, string.Create(CultureInfo.InvariantCulture,
                $"{host} answered HTTP {(int)status} {code} while listing {what}.")),
        };
    }

    private static T? Find<T>(Exception? exception) where T : Exception
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is T match)
            {
                return match;
            }
        }

        return null;
    }
}
