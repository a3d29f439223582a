namespace StorjTui.TestSupport;

/// <summary>A fresh private folder under /tmp (standing in for a home or an XDG folder), removed with everything in it afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = Directory.CreateTempSubdirectory("storj-tui-test-").FullName;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>A path inside the folder (nothing is created).</summary>
    public string Combine(params string[] parts) => System.IO.Path.Join([Path, .. parts]);

    /// <summary>A path one level inside the folder (nothing is created).</summary>
    public string Sub(string name) => Combine(name);

    public void Dispose()
    {
        try
        {
            // A test may have made it unwritable (permission tests); make it removable again first.
            File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(Path, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: /tmp is cleaned anyway.
        }
    }
}
