using StorjTui.Core.Access;

namespace StorjTui.Screens;

/// <summary>Opens the real connections for the Connect screen's choices.</summary>
internal static class Connections
{
    public static Task<IStorjConnection> Open(ConnectRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        // The back ends (satellite, access grant, sandbox) are wired here once they are built.
        throw new StorjConnectionException($"Connecting to {request.Target} is not available in this build yet.");
    }
}
