namespace StorjTui.Storj.S3;

/// <summary>The end of a credentials check: an outcome and a sentence fit to show. Never holds a secret.</summary>
public sealed record S3CheckResult(S3CheckOutcome Outcome, S3CheckProblem Problem, string Message)
{
    /// <summary>True only for <see cref="S3CheckOutcome.Passed"/>.</summary>
    public bool Passed => Outcome == S3CheckOutcome.Passed;

    internal static S3CheckResult Pass(string message) => new(S3CheckOutcome.Passed, S3CheckProblem.None, message);

    internal static S3CheckResult Fail(S3CheckProblem problem, string message) => new(S3CheckOutcome.Failed, problem, message);
}
