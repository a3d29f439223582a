using System.Globalization;

namespace StorjTui.Sandbox.Gateway.Signing;

/// <summary>What a SigV4 <c>Authorization</c> header or presigned query string says about its signature.</summary>
internal sealed record SignedRequest(
    string AccessKeyId, string Date, string Region, string Service, IReadOnlyList<string> SignedHeaders, string Signature,
    DateTimeOffset SignedAt, string AmzDate, TimeSpan? Expires)
{
    public string Scope => $"{Date}/{Region}/{Service}/aws4_request";

    public bool Presigned => Expires is not null;

    /// <summary>Parses <c>AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…</c>; <paramref name="amzDate"/> is x-amz-date.</summary>
    public static SignedRequest FromHeader(string authorization, string? amzDate)
    {
        var fields = authorization[SigV4.Algorithm.Length..].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(f => f.Split('=', 2)).Where(f => f.Length == 2).ToDictionary(f => f[0].Trim(), f => f[1].Trim(), StringComparer.Ordinal);
        return Build(Field(fields, "Credential"), Field(fields, "SignedHeaders"), Field(fields, "Signature"),
            amzDate ?? throw S3Exception.AccessDenied("The request has no x-amz-date header; SigV4 needs it."), null);
    }

    /// <summary>Parses the <c>X-Amz-*</c> parameters of a presigned URL.</summary>
    public static SignedRequest FromQuery(Func<string, string?> parameter)
    {
        if (parameter("X-Amz-Algorithm") != SigV4.Algorithm)
        {
            throw S3Exception.AccessDenied($"X-Amz-Algorithm must be {SigV4.Algorithm}.");
        }
        var expiresText = parameter("X-Amz-Expires") ?? throw S3Exception.AccessDenied("The presigned URL has no X-Amz-Expires.");
        if (!int.TryParse(expiresText, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds is < 1 or > 604800)
        {
            throw S3Exception.AccessDenied("X-Amz-Expires must be a number of seconds from 1 to 604800 (7 days).");
        }
        return Build(parameter("X-Amz-Credential") ?? "", parameter("X-Amz-SignedHeaders") ?? "", parameter("X-Amz-Signature") ?? "",
            parameter("X-Amz-Date") ?? "", TimeSpan.FromSeconds(seconds));
    }

    private static string Field(Dictionary<string, string> fields, string name) =>
        fields.TryGetValue(name, out var value) ? value : throw S3Exception.AccessDenied($"The Authorization header has no {name}=.");

    private static SignedRequest Build(string credential, string signedHeaders, string signature, string amzDate, TimeSpan? expires)
    {
        var parts = credential.Split('/');
        if (parts.Length != 5 || parts[4] != "aws4_request" || parts[0].Length == 0)
        {
            throw S3Exception.AccessDenied("The credential must be ACCESS_KEY/yyyymmdd/region/s3/aws4_request.");
        }
        if (!DateTimeOffset.TryParseExact(amzDate, "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var signedAt))
        {
            throw S3Exception.AccessDenied($"The request date \"{amzDate}\" is not in the form yyyymmddThhmmssZ.");
        }
        if (parts[1] != amzDate[..8])
        {
            throw S3Exception.SignatureDoesNotMatch("The credential's date is not the request's date.");
        }
        var headers = signedHeaders.Split(';', StringSplitOptions.RemoveEmptyEntries);
        if (!headers.Contains("host"))
        {
            throw S3Exception.AccessDenied("SignedHeaders must include host.");
        }
        if (signature.Length != 64 || !signature.All(char.IsAsciiHexDigit))
        {
            throw S3Exception.SignatureDoesNotMatch("The signature is not 64 hex digits.");
        }
        return new SignedRequest(parts[0], parts[1], parts[2], parts[3], headers, signature, signedAt, amzDate, expires);
    }

    public override string ToString() => $"SignedRequest {{ Scope = {Scope}, SignedAt = {AmzDate} }}";
}
