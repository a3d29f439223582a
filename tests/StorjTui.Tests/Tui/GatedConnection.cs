using StorjTui.Core.Access;

namespace StorjTui.Tests.Tui;

/// <summary>Wraps a real connection and holds creation at "deriving key" until released (to see the progress view).</summary>
internal sealed class GatedConnection(IStorjConnection inner) : IStorjConnection
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool Hold { get; set; }

    public AccessRequest? LastRequest { get; private set; }

    public void Release() => _gate.TrySetResult();

    public string Description => inner.Description;

    public bool CanUseNewPassphrase => inner.CanUseNewPassphrase;

    public Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken cancellationToken) => inner.ListProjectsAsync(cancellationToken);

    public Task OpenProjectAsync(Project project, byte[]? passphrase, CancellationToken cancellationToken) => inner.OpenProjectAsync(project, passphrase, cancellationToken);

    public Task<IReadOnlyList<string>> ListBucketNamesAsync(Project project, CancellationToken cancellationToken) => inner.ListBucketNamesAsync(project, cancellationToken);

    public Task<IReadOnlyList<AccessSummary>> ListAccessesAsync(Project project, CancellationToken cancellationToken) => inner.ListAccessesAsync(project, cancellationToken);

    public Task DeleteAccessAsync(Project project, string name, CancellationToken cancellationToken) => inner.DeleteAccessAsync(project, name, cancellationToken);

    public async Task<CreatedAccess> CreateAccessAsync(Project project, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken)
    {
        LastRequest = request with { Passphrase = request.Passphrase?.ToArray() };
        if (Hold)
        {
            progress?.Report(CreationStep.CreatingKey);
            progress?.Report(CreationStep.DerivingKey);
            await _gate.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        return await inner.CreateAccessAsync(project, request, progress, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<PendingCreation>> GetPendingCreationsAsync(CancellationToken cancellationToken) => inner.GetPendingCreationsAsync(cancellationToken);

    public Task<CreatedAccess> ResumeCreationAsync(PendingCreation pending, AccessRequest request, IProgress<CreationStep>? progress, CancellationToken cancellationToken) =>
        inner.ResumeCreationAsync(pending, request, progress, cancellationToken);

    public Task AbandonCreationAsync(PendingCreation pending, CancellationToken cancellationToken) => inner.AbandonCreationAsync(pending, cancellationToken);

    public void CompleteCreation(CreatedAccess created) => inner.CompleteCreation(created);

    public ValueTask DisposeAsync() => inner.DisposeAsync();
}
