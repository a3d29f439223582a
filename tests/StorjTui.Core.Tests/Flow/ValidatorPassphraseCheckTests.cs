using System.Text;
using StorjTui.Core.Flow;

namespace StorjTui.Core.Tests.Flow;

public class ValidatorPassphraseCheckTests
{
    private static IReadOnlyList<PassphraseNotice> Check(string text) => new ValidatorPassphraseCheck().Check(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Whitespace_only_blocks_next()
    {
        Assert.Contains(Check("   "), n => n.BlocksNext);
    }

    [Fact]
    public void Mistyped_bip39_word_warns_without_blocking_or_echoing()
    {
        // A valid phrase ("abandon" x11 + "about") with one word mistyped.
        IReadOnlyList<PassphraseNotice> notices = Check("abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandonn about");
        PassphraseNotice notice = Assert.Single(notices, n => n.Message.Contains("mistyped", StringComparison.OrdinalIgnoreCase));
        Assert.False(notice.BlocksNext);
        Assert.DoesNotContain("abandonn", notice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_passphrase_warns_and_long_one_is_clean()
    {
        Assert.Contains(Check("short"), n => !n.BlocksNext);
        Assert.Empty(Check("a perfectly long passphrase here"));
    }

    [Fact]
    public void Default_services_generate_twelve_words()
    {
        FlowServices services = FlowServices.CreateDefault();
        byte[] phrase = services.GeneratePassphrase();
        Assert.Equal(12, Encoding.UTF8.GetString(phrase).Split(' ').Length);
        Assert.IsType<ValidatorPassphraseCheck>(services.PassphraseCheck);
    }
}
