namespace StorjTui.Core.Flow;

/// <summary>
/// A draft that breaks the console's rules was asked to become a request (the command line's path). The
/// message lists every problem; <see cref="Problems"/> has them one by one.
/// </summary>
public class InvalidAccessDraftException : Exception
{
    public InvalidAccessDraftException() : this([]) { }

    public InvalidAccessDraftException(string message) : base(message) => Problems = [];

    public InvalidAccessDraftException(string message, Exception inner) : base(message, inner) => Problems = [];

    public InvalidAccessDraftException(IReadOnlyList<DraftProblem> problems)
        : base(string.Join("; ", problems.Select(p => p.Message)))
    {
        Problems = problems;
    }

    public IReadOnlyList<DraftProblem> Problems { get; }
}
