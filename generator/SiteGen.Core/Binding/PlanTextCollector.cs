using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// Gathers the texts a plan's binders read (<see cref="ValueReads.TranslatableText"/> and its kin) while the plan is
/// bound, so the plan carries each text with its translations (<see cref="Plan.Texts"/>).
/// </summary>
/// <remarks>
/// Why a table of texts beside the model rather than a translated type in every field: the model's fields stay the
/// default language's text, which derivation, charts, search and downloads already use, and a page in another language
/// looks each text up (as gettext looks up a message by its English). Why a collector for the thread: the binders are
/// static and pass only the diagnostics bag down; a plan is bound on one thread from start to end (PlanLoader), so
/// what is read between <see cref="Collect"/> and its disposal is the plan's. Outside a collection (organisations,
/// the schema probe) nothing is gathered.
/// </remarks>
public static class PlanTextCollector
{
    [ThreadStatic]
    private static List<PlanText>? _current;

    /// <summary>Gathers into <paramref name="texts"/> every text read on this thread until the result is disposed.</summary>
    public static IDisposable Collect(out List<PlanText> texts)
    {
        var outer = _current;
        _current = texts = [];
        return new Scope(outer);
    }

    public static void Add(string field, TranslatedText? text, SourceLocation location, bool isMarkdown)
    {
        if (text is not null) _current?.Add(new PlanText(field, text, location, isMarkdown));
    }

    private sealed class Scope(List<PlanText>? outer) : IDisposable
    {
        public void Dispose() => _current = outer;
    }
}
