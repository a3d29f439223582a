namespace StorjTui.Core.Flow;

/// <summary>One row of the "Confirm details" pop-up (title on the left, value on the right).</summary>
public sealed record DetailRow(string Title, string Value);
