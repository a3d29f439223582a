namespace StorjTui.Storj.Grants;

/// <summary>
/// A Storj API key: a macaroon, written as base58check with version 0. Its caveats are parsed when the key
/// is made, so a key with a malformed caveat is rejected up front (the satellite would refuse it anyway).
/// </summary>
public sealed class ApiKey
{
    private readonly Caveat[] _caveats;

    private ApiKey(Macaroon macaroon, Caveat[] caveats)
    {
        Macaroon = macaroon;
        _caveats = caveats;
    }

    /// <summary>The macaroon behind the key.</summary>
    public Macaroon Macaroon { get; }

    /// <summary>The parsed caveats, oldest first.</summary>
    public IReadOnlyList<Caveat> Caveats => _caveats;

    /// <summary>The macaroon head (the key id the satellite knows it by).</summary>
    public byte[] Head => Macaroon.Head;

    /// <summary>
    /// Parses base58check API key text (surrounding whitespace is ignored). Throws
    /// <see cref="InvalidApiKeyException"/> saying what is wrong, never echoing the key.
    /// </summary>
    public static ApiKey Parse(string base58)
    {
        ArgumentNullException.ThrowIfNull(base58);
        byte[] data;
        byte version;
        try
        {
            data = Base58Check.Decode(base58.Trim(), out version);
        }
        catch (InvalidBase58Exception e)
        {
            throw new InvalidApiKeyException($"API key is {e.Message}", e);
        }

        if (version != 0)
        {
            throw new InvalidApiKeyException($"API key has unsupported version {version}");
        }

        return FromBytes(data);
    }

    /// <summary>Parses the raw macaroon bytes of a key (as an access grant carries them).</summary>
    public static ApiKey FromBytes(ReadOnlySpan<byte> macaroon)
    {
        try
        {
            return FromMacaroon(Macaroon.Parse(macaroon));
        }
        catch (InvalidMacaroonException e)
        {
            throw new InvalidApiKeyException($"API key is malformed: {e.Message}", e);
        }
    }

    /// <summary>Wraps a macaroon; throws <see cref="InvalidApiKeyException"/> if one of its caveats is malformed.</summary>
    public static ApiKey FromMacaroon(Macaroon macaroon)
    {
        ArgumentNullException.ThrowIfNull(macaroon);
        var raw = macaroon.Caveats;
        var caveats = new Caveat[raw.Count];
        for (var i = 0; i < raw.Count; i++)
        {
            try
            {
                caveats[i] = Caveat.Parse(raw[i]);
            }
            catch (InvalidCaveatException e)
            {
                throw new InvalidApiKeyException($"API key caveat {i + 1} is malformed: {e.Message}", e);
            }
        }

        return new ApiKey(macaroon, caveats);
    }

    /// <summary>Returns a key with <paramref name="caveat"/> added (needs no secret).</summary>
    public ApiKey Restrict(Caveat caveat)
    {
        ArgumentNullException.ThrowIfNull(caveat);
        return new ApiKey(Macaroon.AddFirstPartyCaveat(caveat.ToBytes()), [.. _caveats, caveat]);
    }

    /// <summary>The macaroon bytes.</summary>
    public byte[] ToBytes() => Macaroon.Serialize();

    /// <summary>The base58check text of the key.</summary>
    public string Serialize() => Base58Check.Encode(0, Macaroon.Serialize());

    /// <summary>Never shows the key: it is a secret.</summary>
    public override string ToString() => $"ApiKey({_caveats.Length} caveats)";
}
