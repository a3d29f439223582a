using StorjTui.Core.Access;
using StorjTui.Tui.Screens;

namespace StorjTui.Tui.Presenters;

/// <summary>Opens the connection the Connect screen asked for (satellite, access grant, or the sandbox).</summary>
internal delegate Task<IStorjConnection> ConnectionOpener(ConnectRequest request, CancellationToken cancellationToken);
