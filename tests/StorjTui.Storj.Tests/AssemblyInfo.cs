// The tests check Unix file modes: Linux only, like the app's target servers.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
