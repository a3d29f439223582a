using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace StorjTui.Sandbox.Gateway;

/// <summary>Writes S3's XML answers (namespace 2006-03-01) and error documents.</summary>
internal static class S3Xml
{
    public const string Namespace = "http://s3.amazonaws.com/doc/2006-03-01/";

    // CheckCharacters off: a key may hold control characters (S3 allows them), which are then written as &#x1; as S3
    // does, instead of throwing and turning every listing or error naming that key into an empty 500.
    private static readonly XmlWriterSettings Settings = new() { Encoding = new UTF8Encoding(false), Indent = false, CheckCharacters = false };

    /// <summary>Writes a document whose root element is <paramref name="root"/>; answers are small (a listing page at most).</summary>
    public static async Task WriteAsync(HttpContext context, int status, string root, Action<XmlWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, Settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement(root, root == "Error" ? "" : Namespace);
            body(xml);
            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/xml";
        context.Response.ContentLength = buffer.Length;
        await context.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), context.RequestAborted);
    }

    public static Task ErrorAsync(HttpContext context, S3Exception error, string resource)
    {
        if (HttpMethods.IsHead(context.Request.Method))
        {
            // HEAD answers carry no body; the status says it all.
            context.Response.StatusCode = error.Status;
            return Task.CompletedTask;
        }
        return WriteAsync(context, error.Status, "Error", xml =>
        {
            xml.WriteElementString("Code", error.Code);
            xml.WriteElementString("Message", error.Message);
            xml.WriteElementString("Resource", resource);
            xml.WriteElementString("RequestId", context.TraceIdentifier);
        });
    }

    public static string Time(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static string Quoted(string etag) => "\"" + etag + "\"";
}
