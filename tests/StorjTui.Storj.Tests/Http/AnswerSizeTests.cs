using System.Net;
using System.Text;
using StorjTui.Storj.Auth;
using StorjTui.Storj.Http;

namespace StorjTui.Storj.Tests.Http;

/// <summary>
/// A satellite or auth service (including one a satellite names through <c>edgeURLOverrides</c>) is untrusted: an
/// answer far larger than any real one is refused in bounded memory, instead of being buffered until the machine
/// runs out.
/// </summary>
public sealed class AnswerSizeTests
{
    private static readonly Uri Auth = new("https://auth.example.test");
    private const string Answer = """{"access_key_id":"jwaqbvlr6zpbcjnfbimfxdqirc4a","secret_key":"jzpwvi2ozwfamxhs4ukk52rnoj3lpbvq5ai3hbkrn45iyowmyeeta","endpoint":"https://gateway.storjshare.io"}""";

    [Fact]
    public async Task A_valid_answer_padded_far_beyond_any_real_one_is_refused_as_too_large()
    {
        // 16 MiB of JSON white space and then a valid answer: read whole, it would parse.
        var body = new PaddedStream(16 * 1024 * 1024, Encoding.UTF8.GetBytes(Answer));
        using var client = new AuthServiceClient(Auth, Options(body));

        var e = await Assert.ThrowsAsync<MalformedResponseException>(() => client.RegisterAsync("1SomeGrant", default));

        Assert.Contains("too large", e.Message, StringComparison.Ordinal);
        Assert.Contains("auth.example.test", e.Message, StringComparison.Ordinal);
        Assert.True(body.Position <= ServiceCaller.MaxAnswerBytes + 64 * 1024, $"read {body.Position} bytes");
    }

    [Fact]
    public async Task An_endless_answer_is_refused_after_the_limit()
    {
        var body = new PaddedStream(long.MaxValue, []);
        using var client = new AuthServiceClient(Auth, Options(body));

        await Assert.ThrowsAsync<MalformedResponseException>(() => client.RegisterAsync("1SomeGrant", default));
        Assert.True(body.Position <= ServiceCaller.MaxAnswerBytes + 64 * 1024, $"read {body.Position} bytes");
    }

    [Fact]
    public async Task A_real_answer_still_reads()
    {
        using var client = new AuthServiceClient(Auth, Options(new PaddedStream(1000, Encoding.UTF8.GetBytes(Answer))));

        Assert.Equal("jwaqbvlr6zpbcjnfbimfxdqirc4a", (await client.RegisterAsync("1SomeGrant", default)).AccessKeyId);
    }

    private static ServiceCallOptions Options(Stream body) => new()
    {
        Handler = new CannedHandler((_, _) => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StreamContent(body) }),
        RetryBaseDelay = TimeSpan.FromMilliseconds(5),
    };

    /// <summary><paramref name="padding"/> spaces, then <paramref name="tail"/>; never buffered, so "endless" costs nothing.</summary>
    private sealed class PaddedStream(long padding, byte[] tail) : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = 0;
            while (n < count)
            {
                if (position < padding)
                {
                    buffer[offset + n] = (byte)' ';
                }
                else if (position - padding < tail.Length)
                {
                    buffer[offset + n] = tail[position - padding];
                }
                else
                {
                    break;
                }
                n++;
                position++;
            }
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
