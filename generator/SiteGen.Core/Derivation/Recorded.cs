using System.Collections;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// A table of the derived facts that notes, for the page being built (<see cref="ModelReads"/>), what each lookup reads:
/// <paramref name="noteKey"/> is told the key looked up (a plan's facts read the plan, a council's plans read their list);
/// going through the whole table reads every plan. Tables keyed by an indicator, an objective or an action note nothing
/// per lookup: such a key is reached only through its plan, whose reading was noted where the plan was handed out.
/// </summary>
internal sealed class Recorded<TKey, TValue>(IReadOnlyDictionary<TKey, TValue> inner, Action<TKey>? noteKey = null) : IReadOnlyDictionary<TKey, TValue>
    where TKey : notnull
{
    public TValue this[TKey key]
    {
        get
        {
            noteKey?.Invoke(key);
            return inner[key];
        }
    }

    public bool TryGetValue(TKey key, out TValue value)
    {
        noteKey?.Invoke(key);
        return inner.TryGetValue(key, out value!);
    }

    public bool ContainsKey(TKey key)
    {
        noteKey?.Invoke(key);
        return inner.ContainsKey(key);
    }

    public IEnumerable<TKey> Keys => Everything().Keys;

    public IEnumerable<TValue> Values => Everything().Values;

    public int Count => Everything().Count;

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Everything().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyDictionary<TKey, TValue> Everything()
    {
        ModelReads.Note(ModelReads.AllPlans);
        return inner;
    }
}

/// <summary>Each council's plans, noting for the page being built that it read the list of that council's plans and each plan in it.</summary>
internal sealed class RecordedPlansOf(ILookup<string, Plan> inner) : ILookup<string, Plan>
{
    public IEnumerable<Plan> this[string key]
    {
        get
        {
            var plans = inner[key];
            ModelReads.Note(FactKeys.PlansOf(key));
            foreach (var plan in plans) ModelReads.NotePlan(plan.Id);
            return plans;
        }
    }

    public int Count => Everything().Count;

    public bool Contains(string key)
    {
        ModelReads.Note(FactKeys.PlansOf(key));
        return inner.Contains(key);
    }

    public IEnumerator<IGrouping<string, Plan>> GetEnumerator() => Everything().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private ILookup<string, Plan> Everything()
    {
        ModelReads.Note(ModelReads.AllPlans);
        return inner;
    }
}
