using StorjTui.Core.Access;

namespace StorjTui.Hosting;

/// <summary>What the access page and <c>create</c> need from an open project.</summary>
/// <param name="Accesses">The project's accesses (API keys), as the console lists them.</param>
/// <param name="BucketNames">The project's buckets, to restrict an access to.</param>
/// <param name="Pending">This project's unfinished creations, oldest first.</param>
internal sealed record ProjectLists(IReadOnlyList<AccessSummary> Accesses, IReadOnlyList<string> BucketNames, IReadOnlyList<PendingCreation> Pending);
