namespace StorjTui.Sandbox.Faults;

/// <summary>
/// One injected fault: requests whose path starts with <see cref="PathPrefix"/> (and match <see cref="Method"/>, when
/// given) get it, <see cref="Times"/> times or forever. Before handling (the default), the request never reaches the
/// handler; with <see cref="AfterHandling"/> the handler runs first (the key is created, the credentials stored) and
/// the answer is then delayed, broken or lost — the "did it happen?" case.
/// </summary>
public sealed record SandboxFault
{
    /// <summary>e.g. <c>/api/v0/api-keys/create</c> or <c>/v1/access</c>.</summary>
    public required string PathPrefix { get; init; }

    /// <summary>GET, POST, DELETE…; null matches any.</summary>
    public string? Method { get; init; }

    /// <summary>How many matching requests get the fault; null = all.</summary>
    public int? Times { get; init; }

    /// <summary>Wait this long before answering.</summary>
    public TimeSpan? Latency { get; init; }

    /// <summary>Answer with this status instead (with <see cref="Body"/>, default empty).</summary>
    public int? StatusCode { get; init; }

    public string? Body { get; init; }

    /// <summary>Content type of <see cref="Body"/>.</summary>
    public string ContentType { get; init; } = "application/json";

    /// <summary>Add <c>Retry-After</c> (whole seconds) to the answer.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Drop the connection without an answer.</summary>
    public bool ResetConnection { get; init; }

    /// <summary>Answer 200 with JSON cut off in the middle.</summary>
    public bool MalformedJson { get; init; }

    /// <summary>Run the real handler first, then apply the fault to its answer.</summary>
    public bool AfterHandling { get; init; }
}
