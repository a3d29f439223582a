namespace StorjTui.Storj.Console;

/// <summary>Sort column of the API key list (the console's numbering).</summary>
public enum ApiKeyOrder
{
    Name = 1,
    CreatedAt = 2,
    CreatorEmail = 3,
}
