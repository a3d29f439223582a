using StorjTui.Core.Access;
using StorjTui.Core.Flow;

namespace StorjTui.Tui.Presenters;

/// <summary>What the app takes from outside: the flows' services, the back ends, the folders, the S3 check.</summary>
/// <param name="Services">Clock, time zone, passphrase generator and check for the flows.</param>
/// <param name="OpenConnection">Opens the Connect screen's choice.</param>
/// <param name="WorkingFolder">Where Download all saves by default (the current folder).</param>
/// <param name="HomeFolder">Where ~/.aws and ~/.config/rclone live, for the merge choices.</param>
/// <param name="Verify">The S3 check behind Verify: a message fit to show; null when not available.</param>
/// <param name="LastConnectionFile">Where the Connect screen's last choice is remembered; null to remember nothing.</param>
/// <param name="Log">Where the app logs screens, effects and failures (never secrets); null logs nothing.</param>
/// <param name="LogFile">The log's path, named in "Unexpected error — details in …"; null when there is none.</param>
/// <param name="Clipboard">Where Copy sends values; null: the terminal (OSC 52).</param>
/// <param name="Variables">
/// The environment variables the tools see (AWS_CONFIG_FILE, RCLONE_CONFIG, XDG_CONFIG_HOME, …), so a merge writes the
/// file each tool reads; null: none set.
/// </param>
internal sealed record TuiEnvironment(
    FlowServices Services,
    ConnectionOpener OpenConnection,
    string WorkingFolder,
    string HomeFolder,
    Func<CreatedAccess, CancellationToken, Task<string>>? Verify = null,
    string? LastConnectionFile = null,
    Microsoft.Extensions.Logging.ILogger? Log = null,
    string? LogFile = null,
    ITerminalClipboard? Clipboard = null,
    Func<string, string?>? Variables = null);
