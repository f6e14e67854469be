namespace SiteGen.Model;

/// <summary>
/// What one page read of the content while its view model was built, as keys that say which part of the content it
/// came from ("plan:council-a/plan-1", "plans" for the list of every plan …), so that <c>sitegen serve</c> rebuilds only
/// the pages an edit reaches. Every way into the model and the derived facts that hands out a plan, or what was derived
/// of one, notes its key here (<see cref="Site.Plans"/>, the facts keyed by plan, the comparisons, the plan chain …), so
/// a builder cannot read another plan without the page depending on it: nobody declares a page's inputs by hand.
/// </summary>
/// <remarks>
/// One recorder is active per thread, while a page's view model is built; outside that (loading, deriving, the files
/// beside the pages) nothing is noted. View models carry data, never code, so rendering reads nothing more.
/// Only the plans are keyed: what every page may read of the files outside plan folders (organisations, definitions,
/// site.yml) or of the theme rebuilds every page when it changes.
/// </remarks>
public sealed class ModelReads
{
    [ThreadStatic]
    private static ModelReads? t_current;

    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>The keys of the parts of the content read.</summary>
    public IReadOnlySet<string> Keys => _keys;

    /// <summary>Any one plan: its files, and what was derived of it alone.</summary>
    public static string Plan(string planId) => "plan:" + planId;

    /// <summary>The list of every plan on the site, and so each of them: an edit to any plan reaches whoever read it.</summary>
    public const string AllPlans = "plans";

    /// <summary>Notes that the page being built read <paramref name="key"/>; nothing when no page is being built on this thread.</summary>
    public static void Note(string key) => t_current?._keys.Add(key);

    /// <summary>Notes that the page being built read the plan <paramref name="planId"/>; its key is made only when a page is being recorded.</summary>
    public static void NotePlan(string planId) => t_current?._keys.Add(Plan(planId));

    /// <summary>Notes each of <paramref name="keys"/> (see <see cref="Note"/>).</summary>
    public static void Note(IEnumerable<string> keys)
    {
        if (t_current is not { } current) return;
        foreach (var key in keys) current._keys.Add(key);
    }

    /// <summary>Notes, for the page being built, everything <paramref name="other"/> noted (see <see cref="Add"/>).</summary>
    public static void Note(ModelReads other) => t_current?.Add(other);

    /// <summary>Adds what another recorder noted (what a plan's shared views read when they were made, for each page that uses them).</summary>
    public void Add(ModelReads other)
    {
        lock (other._keys) _keys.UnionWith(other._keys);
    }

    /// <summary>Records this thread's reads into this recorder until the scope is disposed; recorders nest, the outer one resumes after.</summary>
    public Scope Record()
    {
        var outer = t_current;
        t_current = this;
        return new Scope(outer);
    }

    /// <summary>Reads made inside are noted nowhere: for a table computed once and shared, whose reads are noted by a key of its own.</summary>
    public static Scope Unrecorded()
    {
        var outer = t_current;
        t_current = null;
        return new Scope(outer);
    }

    public readonly struct Scope(ModelReads? outer) : IDisposable
    {
        public void Dispose() => t_current = outer;
    }
}
