using StorjTui.Sandbox.ChildProcess;
using StorjTui.Sandbox.Faults;

namespace StorjTui.Sandbox.Tests;

/// <summary>The two lines between storj-tui and storj-tui-sandbox: what goes in comes out, and nothing else is taken.</summary>
public sealed class SandboxProtocolTests
{
    private static readonly SandboxOptions Everything = new()
    {
        DataFolder = "/home/u/.local/share/storj-tui/sandbox",
        PendingFolder = "/home/u/.local/state/storj-tui/pending",
        Port = 7777,
        Reset = true,
        S3GatewayUrl = new Uri("http://127.0.0.1:7480/"),
        S3QuotaBytes = 1234,
        ProvisioningCommand = ["/bin/sh", "-c", "radosgw-admin key create --uid 'a b'"],
        Faults =
        [
            FaultSpec.Parse("POST /api/v0/api-keys/create status=503 times=1"),
            FaultSpec.Parse("GET /api/v0/projects status=500 body='{\"error\":\"internal error\"}' latency=2s"),
            FaultSpec.Parse("POST /v1/access reset after"),
        ],
        ObjectLockUIEnabled = false,
        BucketEventingUIEnabled = false,
        LogInCaptcha = true,
    };

    [Fact]
    public void Every_option_the_app_sets_goes_through_the_start_request()
    {
        string line = SandboxProtocol.Line(SandboxStartRequest.From(Everything));
        SandboxOptions back = SandboxProtocol.ParseRequest(line.TrimEnd('\n')).ToOptions();

        Assert.Single(line.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(Everything.DataFolder, back.DataFolder);
        Assert.Equal(Everything.PendingFolder, back.PendingFolder);
        Assert.Equal(7777, back.Port);
        Assert.True(back.Reset);
        Assert.Equal(Everything.S3GatewayUrl, back.S3GatewayUrl);
        Assert.Equal(1234, back.S3QuotaBytes);
        Assert.Equal(Everything.ProvisioningCommand, back.ProvisioningCommand);
        Assert.Equal(Everything.Faults, back.Faults);
        Assert.False(back.ObjectLockUIEnabled);
        Assert.False(back.BucketEventingUIEnabled);
        Assert.True(back.LogInCaptcha);
    }

    [Fact]
    public void The_defaults_go_through_as_defaults()
    {
        var defaults = new SandboxOptions { DataFolder = "/d" };

        SandboxOptions back = SandboxProtocol.ParseRequest(SandboxProtocol.Line(SandboxStartRequest.From(defaults)).TrimEnd('\n')).ToOptions();

        Assert.Equal(defaults with { Time = back.Time }, back with { Faults = defaults.Faults });
        Assert.Empty(back.Faults);
        Assert.Null(back.ProvisioningCommand);
    }

    [Fact]
    public void A_ready_line_goes_through()
    {
        var ready = new SandboxReadyLine
        {
            BaseUrl = new Uri("http://127.0.0.1:41234/"),
            SatelliteNodeUrl = "1abc@sandbox.invalid:7777",
            DemoRestKey = "rest-key",
            S3Endpoint = new Uri("http://127.0.0.1:41235/"),
            OwnGatewayUrl = new Uri("http://127.0.0.1:41235/"),
            Banner = "line one\nline two",
        };

        Assert.Equal(ready, SandboxProtocol.ParseReady(SandboxProtocol.Line(ready).TrimEnd('\n')));
        Assert.Equal(new SandboxReadyLine { Error = "busy" }, SandboxProtocol.ParseReady("""{"Error":"busy"}"""));
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("""{"BaseUrl":"http://127.0.0.1:1/","Extra":"what is this"}""")]
    [InlineData("""{"BaseUrl":42}""")]
    [InlineData("""{"Banner":"ok"} trailing""")]
    public void Anything_but_a_ready_line_is_refused_without_quoting_it(string line)
    {
        var e = Assert.Throws<SandboxProtocolException>(() => SandboxProtocol.ParseReady(line));

        Assert.DoesNotContain(line, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"Port":1}""")]
    [InlineData("""{"DataFolder":"/d","Surprise":true}""")]
    public void A_request_without_its_folder_or_with_unknown_members_is_refused(string line)
    {
        Assert.Throws<SandboxProtocolException>(() => SandboxProtocol.ParseRequest(line));
    }

    [Fact]
    public async Task A_line_is_read_up_to_its_newline_and_no_further()
    {
        using var stream = new MemoryStream("first\nsecond"u8.ToArray());

        Assert.Equal("first", await SandboxProtocol.ReadLineAsync(stream, default));
        Assert.Equal(6, stream.Position);
    }

    [Fact]
    public async Task End_of_file_before_a_line_is_null_and_inside_one_is_refused()
    {
        Assert.Null(await SandboxProtocol.ReadLineAsync(new MemoryStream(), default));
        await Assert.ThrowsAsync<SandboxProtocolException>(() => SandboxProtocol.ReadLineAsync(new MemoryStream("half a line"u8.ToArray()), default));
    }

    [Fact]
    public async Task A_line_longer_than_the_limit_is_refused_after_reading_only_the_limit()
    {
        using var endless = new EndlessStream();

        var e = await Assert.ThrowsAsync<SandboxProtocolException>(() => SandboxProtocol.ReadLineAsync(endless, default));

        Assert.Contains("64 KiB", e.Message, StringComparison.Ordinal);
        Assert.True(endless.Taken <= SandboxProtocol.MaxLineBytes + 1, $"read {endless.Taken} bytes");
    }

    [Fact]
    public async Task A_line_that_is_not_UTF8_is_refused()
    {
        var e = await Assert.ThrowsAsync<SandboxProtocolException>(() => SandboxProtocol.ReadLineAsync(new MemoryStream([0xff, 0xfe, (byte)'\n']), default));

        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    /// <summary>'x' without end, counting what was taken.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Taken { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Fill(buffer, (byte)'x', offset, count);
            Taken += count;
            return count;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Taken; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
