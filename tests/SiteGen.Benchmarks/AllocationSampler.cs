using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>
/// Which types a stretch of work allocates, from the runtime's own allocation samples (one event for about every
/// 100 KB allocated, naming the type of the object that crossed the mark), listened to in process. The figures
/// are estimates — each sample stands for 100 KB — but over a stage of hundreds of megabytes they say plainly
/// which types to look at, which the total alone cannot.
/// </summary>
public sealed class AllocationSampler : EventListener
{
    /// <summary>The runtime's GC keyword; allocation samples are sent at the verbose level.</summary>
    private const EventKeywords GcKeyword = (EventKeywords)0x1;

    private readonly ConcurrentDictionary<string, long> _bytesByType = new(StringComparer.Ordinal);
    private volatile bool _listening;

    public void Start() => _listening = true;

    public void Stop() => _listening = false;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_listening || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames is { } names && names.IndexOf("TypeName") is var at and >= 0 ? e.Payload[at] as string : null;
        var amount = e.PayloadNames is { } n && n.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(e.Payload[a], CultureInfo.InvariantCulture) : 100_000L;
        _bytesByType.AddOrUpdate(type ?? "(unknown)", amount, (_, sum) => sum + amount);
    }

    /// <summary>The types that took most, as a Markdown table.</summary>
    public void Print(string stage, int top = 25)
    {
        var total = _bytesByType.Values.Sum();
        Console.WriteLine();
        Console.WriteLine($"| allocated by type, sampled: {stage} | MB (estimate) | share |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (type, bytes) in _bytesByType.OrderByDescending(t => t.Value).Take(top))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| `{type}` | {bytes / 1048576.0:N0} | {100.0 * bytes / Math.Max(1, total):F1}% |"));
        }
    }
}
