using StorjTui.Storj.Files;

namespace StorjTui.Storj.Tests.Files;

public sealed class XdgFoldersTests
{
    [Fact]
    public void Set_absolute_variables_win_and_the_rest_fall_back_under_the_given_home()
    {
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = "/home/ana",
            ["XDG_STATE_HOME"] = "/var/state",
            ["XDG_DATA_HOME"] = "relative/data", // the spec: a relative path is ignored
            ["XDG_CONFIG_HOME"] = "",
        };

        var xdg = XdgFolders.From(name => environment.GetValueOrDefault(name));

        Assert.Equal(new XdgFolders("/home/ana/.config", "/home/ana/.local/share", "/var/state"), xdg);
    }
}
