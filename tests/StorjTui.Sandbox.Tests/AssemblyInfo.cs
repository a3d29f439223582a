// The tests check Unix file modes and run real processes: Linux only, like the app's target servers.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
