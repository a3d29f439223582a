using System.Text;
using StorjTui.Core.Flow;

namespace StorjTui.Core.Tests.Support;

/// <summary>A passphrase generator that hands out numbered phrases, so tests can tell them apart.</summary>
internal sealed class FakeGenerator
{
    public int Calls { get; private set; }

    public List<byte[]> Issued { get; } = [];

    public byte[] Generate()
    {
        Calls++;
        var bytes = Encoding.UTF8.GetBytes($"w{Calls}a w{Calls}b w{Calls}c w4 w5 w6 w7 w8 w9 w10 w11 w12");
        Issued.Add(bytes);
        return bytes;
    }
}

/// <summary>A passphrase check that blocks "blocked" and warns about anything shorter than 8 bytes.</summary>
internal sealed class FakeCheck : IPassphraseCheck
{
    public IReadOnlyList<PassphraseNotice> Check(ReadOnlySpan<byte> passphraseUtf8)
    {
        var findings = new List<PassphraseNotice>();
        if (passphraseUtf8.SequenceEqual("blocked"u8))
        {
            findings.Add(new PassphraseNotice("That passphrase is on the blocked list", true));
        }

        if (passphraseUtf8.Length < 8)
        {
            findings.Add(new PassphraseNotice("Short passphrase: use 12 words or more", false));
        }

        return findings;
    }
}
