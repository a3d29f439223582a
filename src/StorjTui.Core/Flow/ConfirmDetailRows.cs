using StorjTui.Core.Time;

namespace StorjTui.Core.Flow;

/// <summary>The "Confirm details" rows, in the seed's order and words.</summary>
internal static class ConfirmDetailRows
{
    public static IReadOnlyList<DetailRow> For(AccessDraft draft) =>
    [
        new("Name", draft.Name),
        new("Type", AccessTypeText.Of(draft.Type)),
        .. draft.FlowType == FlowType.FullAccess
            ? new DetailRow[] { new("Permissions", "Full access"), new("Buckets", "All buckets"), new("End date", EndDate.None.DisplayText) }
            :
            [
                new("Permissions", AccessTypeText.Of(draft.Permissions)),
                new("Buckets", draft.AllBuckets ? "All buckets" : string.Join(", ", draft.Buckets)),
                new("End date", draft.EndDate.DisplayText),
            ],
    ];
}
