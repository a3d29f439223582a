using StorjTui.Core.Bundles;
using StorjTui.TestSupport;

namespace StorjTui.Core.Tests.Bundles;

/// <summary>Whether a folder lies in a git checkout: a .git folder or file (worktrees, submodules) in it or above it.</summary>
public sealed class GitCheckoutTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_folder_under_a_checkout_names_the_checkout_even_before_it_exists()
    {
        string root = Directory.CreateDirectory(Path.Join(_temp.Path, "repo")).FullName;
        Directory.CreateDirectory(Path.Join(root, ".git"));
        Directory.CreateDirectory(Path.Join(root, "src"));

        Assert.Equal(root, GitCheckout.RootOf(root));
        Assert.Equal(root, GitCheckout.RootOf(Path.Join(root, "src")));
        Assert.Equal(root, GitCheckout.RootOf(Path.Join(root, "src", "not", "made", "yet")));
    }

    [Fact]
    public void A_worktree_has_a_git_file()
    {
        string root = Directory.CreateDirectory(Path.Join(_temp.Path, "worktree")).FullName;
        File.WriteAllText(Path.Join(root, ".git"), "gitdir: /elsewhere/.git/worktrees/w\n");

        Assert.Equal(root, GitCheckout.RootOf(Path.Join(root, "deeper")));
    }

    [Fact]
    public void A_folder_outside_any_checkout_has_none()
    {
        Assert.Null(GitCheckout.RootOf(Directory.CreateDirectory(Path.Join(_temp.Path, "plain", "folder")).FullName));
    }
}
