using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// Shared definitions reported by more than one council, with the indicators that report them, council
/// by council (then plan by plan): what the site can compare across councils.
/// </summary>
/// <remarks>
/// A page that reads a definition's reports reads which indicators report it (<see cref="FactKeys.Shared"/>) and, of each
/// reporting plan, its report (<see cref="FactKeys.Report"/>): the plan's id, council and title, the keys of its indicators
/// (which give the indicator's address) and the reporting indicator with what was derived of it. It does not read the rest
/// of that plan: an edit elsewhere in it does not reach a comparison. A builder that reads more of a report's plan must
/// reach it through a way that notes the plan (<see cref="SiteFacts.References"/>, for one).
/// </remarks>
public sealed class Comparisons
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<(Plan Plan, Indicator Indicator)>> _shared;

    public Comparisons(Site site)
    {
        _shared = site.Plans
            .SelectMany(p => p.Indicators.Where(i => i.DefinitionReference is not null).Select(i => (Plan: p, Indicator: i)))
            .GroupBy(x => x.Indicator.DefinitionReference!, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Plan.Organisation.Value).Distinct().Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<(Plan Plan, Indicator Indicator)>)g.OrderBy(x => x.Plan.Organisation.Value, StringComparer.Ordinal).ThenBy(x => x.Plan.Id, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>Each shared definition's reference, in order, with the indicators reporting it; going through them all reads every plan.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(Plan Plan, Indicator Indicator)>> Shared
    {
        get
        {
            ModelReads.Note(ModelReads.AllPlans);
            return _shared;
        }
    }

    /// <summary>The shared definitions' references, in order, without reading their reports.</summary>
    public IEnumerable<string> Definitions
    {
        get
        {
            foreach (var definition in _shared.Keys)
            {
                ModelReads.Note(FactKeys.Shared(definition));
                yield return definition;
            }
        }
    }

    /// <summary>The indicators reporting a shared definition, council by council.</summary>
    public IReadOnlyList<(Plan Plan, Indicator Indicator)> ReportsOf(string definition)
    {
        ModelReads.Note(FactKeys.Shared(definition));
        var reports = _shared[definition];
        foreach (var (plan, _) in reports) ModelReads.Note(FactKeys.Report(definition, plan.Id));
        return reports;
    }

    public bool IsShared(Indicator indicator)
    {
        if (indicator.DefinitionReference is not { } d) return false;
        ModelReads.Note(FactKeys.Shared(d));
        return _shared.ContainsKey(d);
    }

    /// <summary>Which indicators report each shared definition (plan id and indicator key, in order), for telling what an edit changed.</summary>
    internal IReadOnlyDictionary<string, IReadOnlyList<(Plan Plan, Indicator Indicator)>> Unrecorded => _shared;
}
