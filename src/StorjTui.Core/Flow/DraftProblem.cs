namespace StorjTui.Core.Flow;

/// <summary>A rule a draft breaks, with the step where it can be fixed.</summary>
public sealed record DraftProblem(CreateAccessStep Step, string Message);
