using System.Text;
using SiteGen.Configuration;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Where each page is written. Every page is a folder with an index.html, so addresses are clean on
/// any server without rewrites; <see cref="Linker"/> makes the links between them relative.
/// </summary>
public static class Routes
{
    public const string Home = "index.html";
    public const string Search = "search/index.html";
    public const string NotFound = "404.html";

    public static string Council(string organisationId) => $"{Slug(organisationId)}/index.html";

    public static string PlanFolder(Plan plan) => string.Join('/', plan.Id.Split('/').Select(Slug));

    public static string Plan(Plan plan) => $"{PlanFolder(plan)}/index.html";

    public static string Objective(Plan plan, string objectiveSlug) => $"{PlanFolder(plan)}/objectives/{objectiveSlug}/index.html";

    public static string IndicatorsIndex(Plan plan) => $"{PlanFolder(plan)}/indicators/index.html";

    public static string Indicator(Plan plan, string indicatorSlug) => $"{PlanFolder(plan)}/indicators/{indicatorSlug}/index.html";

    /// <summary>The indicator's data beside its page, named after it so a download keeps a useful name.</summary>
    public static string IndicatorData(Plan plan, string indicatorSlug, string extension) => $"{PlanFolder(plan)}/indicators/{indicatorSlug}/{indicatorSlug}.{extension}";

    public static string ActionsIndex(Plan plan) => $"{PlanFolder(plan)}/actions/index.html";

    public static string Risks(Plan plan) => $"{PlanFolder(plan)}/risks/index.html";

    public static string Budget(Plan plan) => $"{PlanFolder(plan)}/budget/index.html";

    public static string Progress(Plan plan, ProgressReport report) => $"{PlanFolder(plan)}/progress/{Slug(report.Id)}/index.html";

    public static string Glossary(Plan plan) => $"{PlanFolder(plan)}/glossary/index.html";

    public static string Page(NarrativeSection page) => $"{Slug(page.Id)}/index.html";

    public static string Comparison(string definitionReference) => $"compare/{Slug(definitionReference)}/index.html";

    /// <summary>The path back to the site root from <paramref name="page"/>: <c>""</c> at the root, <c>../../</c> two folders down.</summary>
    public static string RootFrom(string page)
    {
        var depth = page.Count(c => c == '/');
        return depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A relative link from one page to another, by folder (<c>../objectives/1/</c>).</summary>
    public static string Href(string from, string to) => new Linker(LinkStyle.Folders).Href(from, to);

    /// <summary>Lower-case letters, digits and hyphens: safe in every URL and on every file system.</summary>
    public static string Slug(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if ((c == '-' || c == ' ' || c == '_' || c == '.' || c == '/') && sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }

        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "item" : slug;
    }

    /// <summary>Slugs for a set of keys, made unique in order (<c>hcs-35a</c>, <c>hcs-35a-2</c>) so two keys never share a page.</summary>
    public static IReadOnlyDictionary<string, string> UniqueSlugs(IEnumerable<string> keys)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (slugs.ContainsKey(key)) continue;
            var slug = Slug(key);
            var candidate = slug;
            for (var n = 2; !used.Add(candidate); n++) candidate = $"{slug}-{n}";
            slugs[key] = candidate;
        }

        return slugs;
    }
}
