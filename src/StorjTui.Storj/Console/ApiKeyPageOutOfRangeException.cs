namespace StorjTui.Storj.Console;

/// <summary>
/// The console has no such page of API keys (satellitedb/consoledb/apikeys.go answers 500 "page is out of range"),
/// typically because accesses were deleted since the page count was read.
/// </summary>
public class ApiKeyPageOutOfRangeException : ConsoleRequestRejectedException
{
    public ApiKeyPageOutOfRangeException() { }
    public ApiKeyPageOutOfRangeException(string message) : base(message) { }
    public ApiKeyPageOutOfRangeException(string message, Exception inner) : base(message, inner) { }
    public ApiKeyPageOutOfRangeException(string message, int statusCode) : base(message, statusCode) { }
}
