using System.Runtime.ExceptionServices;

namespace SiteGen;

/// <summary>Work on items that do not depend on each other, spread over every core, with the results in the items' order.</summary>
/// <remarks>
/// Used where each item is a plan (loading, deriving): the results, and so the diagnostics, come out in the same
/// order on any machine. Each item runs whole on one thread, so per-thread readers and collectors see one plan at a time.
/// </remarks>
public static class EveryCore
{
    public static TResult[] Map<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, TResult> work)
    {
        var results = new TResult[items.Count];
        var next = -1;
        void Work()
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < items.Count) results[i] = work(items[i]);
        }

        var others = Enumerable.Range(1, Math.Max(0, Math.Min(Environment.ProcessorCount, items.Count) - 1)).Select(_ => Task.Run(Work)).ToList();
        Work();
        try
        {
            Task.WaitAll(others);
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            // A fault on another thread is reported as it would be on this one, not wrapped.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        return results;
    }
}
