using Xunit.Sdk;

namespace StorjTui.IntegrationTests.Infrastructure;

/// <summary>The tool rule itself: skip on a developer machine, fail under CI=true. Changes CI, so it runs alone.</summary>
[Collection(Name)]
public sealed class RequiredToolTests
{
    private const string Name = "environment CI";
    private const string Missing = "storj-tui-no-such-tool-4f1c";

    [Fact]
    public void Missing_tool_skips_without_CI() =>
        WithCi(null, () => Assert.Throws<Xunit.SkipException>(() => RequiredTool.Ensure(Missing)));

    [Fact]
    public void Missing_tool_fails_under_CI() =>
        WithCi("true", () => Assert.Contains("CI=true", Assert.Throws<FailException>(() => RequiredTool.Ensure(Missing)).Message, StringComparison.Ordinal));

    [Fact]
    public void Present_tool_neither_skips_nor_fails() =>
        WithCi("true", () => RequiredTool.Ensure("sh"));

    private static void WithCi(string? value, Action test)
    {
        var saved = Environment.GetEnvironmentVariable("CI");
        Environment.SetEnvironmentVariable("CI", value);
        try
        {
            test();
        }
        finally
        {
            Environment.SetEnvironmentVariable("CI", saved);
        }
    }

    [CollectionDefinition(Name, DisableParallelization = true)]
    public sealed class Definition;
}
