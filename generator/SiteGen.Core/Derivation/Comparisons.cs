using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// Shared definitions reported by more than one council, with the indicators that report them, council
/// by council (then plan by plan): what the site can compare across councils.
/// </summary>
public sealed class Comparisons
{
    public Comparisons(Site site)
    {
        Shared = site.Plans
            .SelectMany(p => p.Indicators.Where(i => i.DefinitionReference is not null).Select(i => (Plan: p, Indicator: i)))
            .GroupBy(x => x.Indicator.DefinitionReference!, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Plan.Organisation.Value).Distinct().Count() >= 2)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<(Plan Plan, Indicator Indicator)>)g.OrderBy(x => x.Plan.Organisation.Value, StringComparer.Ordinal).ThenBy(x => x.Plan.Id, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);
    }

    /// <summary>Each shared definition's reference, in order, with the indicators reporting it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(Plan Plan, Indicator Indicator)>> Shared { get; }

    public bool IsShared(Indicator indicator) => indicator.DefinitionReference is { } d && Shared.ContainsKey(d);
}
