namespace SiteGen.Configuration;

/// <summary>
/// <c>search:</c> in site.yml. Weights multiply each field's BM25 score; a reference-code match always
/// ranks first whatever the weights. Excluded page types are left out of the index.
/// </summary>
public sealed record SearchSettings(bool Enabled, IReadOnlyDictionary<string, double> Weights, IReadOnlySet<string> Exclude)
{
    public static readonly IReadOnlyList<string> Fields = ["title", "reference", "body", "owner"];

    public static readonly IReadOnlyList<string> PageTypes = ["council", "plan", "objective", "action", "indicator", "risk", "page"];

    public static readonly SearchSettings Default = new(
        true,
        new Dictionary<string, double> { ["title"] = 4, ["reference"] = 6, ["body"] = 1, ["owner"] = 1.5 },
        new HashSet<string>());
}
