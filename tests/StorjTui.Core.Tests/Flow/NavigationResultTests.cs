using StorjTui.Core.Access;
using StorjTui.Core.Flow;
using StorjTui.Core.Tests.Support;
using Step = StorjTui.Core.Flow.NavigationStep;

namespace StorjTui.Core.Tests.Flow;

/// <summary>The result step knows which values shown once are not saved yet: Close and Quit wait for them, or for a deliberate "without saving".</summary>
public class NavigationResultTests
{
    private static readonly Project Alpha = new("p-alpha", "Alpha", FlowFixture.Start, false);

    private readonly FlowFixture _fixture = new();

    private NavigationFlow AtResult()
    {
        var nav = new NavigationFlow(_fixture.Services);
        nav.Connected([Alpha], isAccessGrant: false);
        nav.EnterProjectPassphrase("project words");
        nav.ShowAccesses([], []);
        nav.StartCreate();
        var create = nav.Create!;
        create.SetName("n");
        create.Next();
        create.Next();
        create.Next();
        create.Confirm();
        create.Succeeded(new CreatedAccess { Type = AccessType.S3Credentials, Name = "n", CreatedAt = FlowFixture.Start, Permissions = Permissions.All, Buckets = [] });
        Assert.Equal(Step.Result, nav.Step);
        nav.KeysShown(["Access Key", "Secret Key"]);
        return nav;
    }

    [Fact]
    public void Close_and_quit_wait_until_every_value_shown_once_is_saved()
    {
        using var nav = AtResult();

        Assert.Equal(["Not saved yet: Access Key, Secret Key."], nav.CloseResult().Problems);
        Assert.Equal(["Not saved yet: Access Key, Secret Key."], nav.Quit().Problems);
        nav.KeysSaved(["Access Key"]);
        Assert.Equal(["Not saved yet: Secret Key."], nav.Quit().Problems);
        Assert.Equal(Step.Result, nav.Step);

        nav.KeysSaved(["Secret Key"]);
        var closed = nav.CloseResult();
        Assert.Equal((Step.Result, Step.AccessPage), (closed.From, closed.To));
        Assert.Null(nav.LastCreated);
        Assert.Empty(nav.UnsavedKeys);
    }

    [Fact]
    public void Closing_without_saving_is_a_deliberate_step()
    {
        using var nav = AtResult();

        var closed = nav.CloseResultWithoutSaving();

        Assert.Equal((Step.Result, Step.AccessPage), (closed.From, closed.To));
        Assert.Null(nav.LastCreated);
        Assert.Empty(nav.UnsavedKeys);
    }

    [Fact]
    public void Quitting_without_saving_leaves_and_forgets_the_result()
    {
        using var nav = AtResult();

        var quit = nav.QuitWithoutSaving();

        Assert.Equal((Step.Result, Step.Exited), (quit.From, quit.To));
        Assert.Null(nav.LastCreated);
        Assert.Empty(nav.UnsavedKeys);
    }

    [Fact]
    public void Values_are_only_taken_on_the_result_step()
    {
        using var nav = new NavigationFlow(_fixture.Services);

        nav.KeysShown(["Secret Key"]);

        Assert.Empty(nav.UnsavedKeys);
        Assert.True(nav.Quit().Accepted);
    }
}
