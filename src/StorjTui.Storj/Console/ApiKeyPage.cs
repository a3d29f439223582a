namespace StorjTui.Storj.Console;

/// <summary>One page of <c>GET /api/v0/api-keys/list-paged</c>.</summary>
public sealed record ApiKeyPage(IReadOnlyList<ApiKeyInfo> ApiKeys, int PageCount, int CurrentPage, long TotalCount);
