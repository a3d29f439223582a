namespace StorjTui.Sandbox.Faults;

/// <summary>The faults a running sandbox injects; thread-safe, changeable while it runs.</summary>
public sealed class SandboxFaults
{
    private readonly List<Entry> entries = [];

    public void Add(SandboxFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (entries)
        {
            entries.Add(new Entry(fault, fault.Times));
        }
    }

    public void Clear()
    {
        lock (entries)
        {
            entries.Clear();
        }
    }

    /// <summary>How many requests each fault has hit so far, in insertion order.</summary>
    public IReadOnlyList<int> Hits()
    {
        lock (entries)
        {
            return entries.Select(e => e.Hits).ToList();
        }
    }

    /// <summary>Takes the first fault matching the request (counting it down), or null.</summary>
    internal SandboxFault? Take(string method, string path)
    {
        lock (entries)
        {
            foreach (var entry in entries)
            {
                if (entry.Remaining is 0
                    || !path.StartsWith(entry.Fault.PathPrefix, StringComparison.Ordinal)
                    || (entry.Fault.Method is { } m && !string.Equals(m, method, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }
                if (entry.Remaining is { } left)
                {
                    entry.Remaining = left - 1;
                }
                entry.Hits++;
                return entry.Fault;
            }
            return null;
        }
    }

    private sealed class Entry(SandboxFault fault, int? remaining)
    {
        public SandboxFault Fault { get; } = fault;
        public int? Remaining { get; set; } = remaining;
        public int Hits { get; set; }
    }
}
