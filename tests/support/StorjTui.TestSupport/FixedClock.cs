namespace StorjTui.TestSupport;

/// <summary>A clock that says what the test tells it (stopped unless moved), so times are reproducible.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The instant the clock shows; a test may set it.</summary>
    public DateTimeOffset Now { get; set; } = now;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => Now.ToUniversalTime();

    /// <summary>Moves the clock on.</summary>
    public void Advance(TimeSpan by) => Now += by;
}
