using System.Text;
using StorjTui.Core.Passphrases;

namespace StorjTui.Core.Flow;

/// <summary>
/// Plugs <see cref="PassphraseValidator"/> into the create flow: its error blocks Next, its warnings
/// (mistyped BIP-39 word, short, surrounding spaces) are shown but do not.
/// </summary>
public sealed class ValidatorPassphraseCheck : IPassphraseCheck
{
    /// <inheritdoc/>
    public IReadOnlyList<PassphraseNotice> Check(ReadOnlySpan<byte> passphraseUtf8)
    {
        // The validator reads words, so it needs a string; strings cannot be cleared, which .NET does not let us avoid here.
        PassphraseValidation result = PassphraseValidator.Validate(Encoding.UTF8.GetString(passphraseUtf8));
        var notices = new List<PassphraseNotice>(result.Warnings.Count + 1);
        if (result.Error is { } error)
        {
            notices.Add(new PassphraseNotice(error.Message, BlocksNext: true));
        }
        notices.AddRange(result.Warnings.Select(w => new PassphraseNotice(w.Message, BlocksNext: false)));
        return notices;
    }
}
