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

    /// <summary>
    /// git finds the checkout from the folder's real place (the kernel follows the link): a link to a folder in a
    /// checkout is in the checkout, though no .git lies on the path as typed.
    /// </summary>
    [Fact]
    public void A_link_into_a_checkout_is_in_the_checkout()
    {
        string root = Directory.CreateDirectory(Path.Join(_temp.Path, "repo")).FullName;
        Directory.CreateDirectory(Path.Join(root, ".git"));
        string inside = Directory.CreateDirectory(Path.Join(root, "keys")).FullName;
        string link = Path.Join(_temp.Path, "outside", "keys");
        Directory.CreateDirectory(Path.GetDirectoryName(link)!);
        Directory.CreateSymbolicLink(link, inside);
        // A relative link, and a link to a link, reach it too.
        string relative = Path.Join(_temp.Path, "outside", "relative");
        Directory.CreateSymbolicLink(relative, Path.Join("..", "repo"));
        string chained = Path.Join(_temp.Path, "chained");
        Directory.CreateSymbolicLink(chained, link);

        Assert.Equal(root, GitCheckout.RootOf(link));
        Assert.Equal(root, GitCheckout.RootOf(Path.Join(link, "not", "made", "yet")));
        Assert.Equal(root, GitCheckout.RootOf(Path.Join(relative, "keys")));
        Assert.Equal(root, GitCheckout.RootOf(chained));
    }

    [Fact]
    public void A_link_loop_or_a_dangling_link_is_no_checkout_and_no_failure()
    {
        string loop = Path.Join(_temp.Path, "loop");
        Directory.CreateSymbolicLink(loop, Path.Join(_temp.Path, "loop2"));
        Directory.CreateSymbolicLink(Path.Join(_temp.Path, "loop2"), loop);
        string dangling = Path.Join(_temp.Path, "dangling");
        Directory.CreateSymbolicLink(dangling, Path.Join(_temp.Path, "gone"));

        Assert.Null(GitCheckout.RootOf(Path.Join(loop, "keys")));
        Assert.Null(GitCheckout.RootOf(Path.Join(dangling, "keys")));
    }

    [Fact]
    public void A_folder_outside_any_checkout_has_none()
    {
        Assert.Null(GitCheckout.RootOf(Directory.CreateDirectory(Path.Join(_temp.Path, "plain", "folder")).FullName));
    }
}
