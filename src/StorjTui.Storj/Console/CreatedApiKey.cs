namespace StorjTui.Storj.Console;

/// <summary>A newly created API key: the serialized key (a secret, shown once by the satellite) and its info.</summary>
public sealed record CreatedApiKey(string Key, ApiKeyInfo Info)
{
    public override string ToString() => $"CreatedApiKey {{ Name = {Info.Name}, Id = {Info.Id} }}";
}
