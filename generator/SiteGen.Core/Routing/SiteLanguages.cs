using SiteGen.Model;

namespace SiteGen.Routing;

/// <summary>
/// The languages the site publishes in (site.yml <c>languages:</c>, the first the default) and which councils
/// publish in each: a council's pages exist in the languages its organisation file lists, or in the default
/// language only when it lists none. English councils publish in English; Welsh councils in Welsh and English.
/// </summary>
public sealed class SiteLanguages
{
    private readonly Dictionary<string, IReadOnlyList<string>> _ofCouncil = new(StringComparer.Ordinal);

    public SiteLanguages(IReadOnlyList<string> languages, IEnumerable<Organisation> organisations)
    {
        All = languages.Count > 0 ? languages : ["en-GB"];
        foreach (var organisation in organisations)
        {
            _ofCouncil[organisation.Id] = organisation.Languages.Count == 0
                ? [Default]
                : All.Where(l => organisation.Languages.Any(o => LanguageCode.Same(o, l))).ToList();
        }
    }

    /// <summary>A site in one language, the default.</summary>
    public static SiteLanguages Only(string language) => new([language], []);

    /// <summary>Every language of the site, the default first.</summary>
    public IReadOnlyList<string> All { get; }

    public string Default => All[0];

    public bool IsDefault(string language) => language == Default;

    /// <summary>Whether the council's pages exist in <paramref name="language"/>; a council with no organisation file publishes in the default language.</summary>
    public bool Publishes(string organisationId, string language) =>
        language == Default || (_ofCouncil.TryGetValue(organisationId, out var languages) && languages.Contains(language));

    /// <summary>The languages a council's pages exist in, the default first.</summary>
    public IReadOnlyList<string> Of(string organisationId) => _ofCouncil.GetValueOrDefault(organisationId) ?? [Default];
}
