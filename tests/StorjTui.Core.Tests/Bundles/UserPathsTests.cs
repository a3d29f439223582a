using StorjTui.Core.Bundles;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>The home folder as the tools see it, and paths shown with ~.</summary>
public sealed class UserPathsTests
{
    [Fact]
    public void Home_is_HOME_even_when_no_such_folder_exists_yet()
    {
        // .NET's GetFolderPath(UserProfile) answers "" for a HOME that does not exist, which broke the merges.
        Assert.Equal("/nonexistent/home/ops", UserPaths.HomeFolder(name => name == "HOME" ? "/nonexistent/home/ops" : null));
    }

    [Fact]
    public void A_path_under_home_is_shown_with_a_tilde_and_others_as_they_are()
    {
        Assert.Equal("~/.aws/config", UserPaths.Abbreviate("/home/ops/.aws/config", "/home/ops"));
        Assert.Equal("/home/opsx/.aws/config", UserPaths.Abbreviate("/home/opsx/.aws/config", "/home/ops"));
        Assert.Equal("/etc/aws", UserPaths.Abbreviate("/etc/aws", ""));
    }

    [Fact]
    public void Without_a_home_folder_the_tools_files_cannot_be_found_and_say_so()
    {
        var e = Assert.Throws<BundleWriteException>(() => ConfigFileLocations.FilesOf(ConfigMergeTarget.Aws, "", _ => null));
        Assert.Contains("HOME is not set", e.Message, StringComparison.Ordinal);
    }
}
