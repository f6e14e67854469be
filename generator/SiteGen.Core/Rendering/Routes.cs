using System.Text;
using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// Where each page is written, and links between pages made relative, so the site works at a domain
/// root, under any sub-folder and from disk. Pages are folders with an index.html, linked by folder.
/// </summary>
public static class Routes
{
    public const string Home = "index.html";

    public static string Plan(Plan plan) => $"{PlanFolder(plan)}/index.html";

    public static string Objective(Plan plan, Objective objective) => $"{PlanFolder(plan)}/objectives/{Slug(objective.Id)}/index.html";

    private static string PlanFolder(Plan plan) => string.Join('/', plan.Id.Split('/').Select(Slug));

    /// <summary>The path back to the site root from <paramref name="page"/>: <c>""</c> at the root, <c>../../</c> two folders down.</summary>
    public static string RootFrom(string page)
    {
        var depth = page.Count(c => c == '/');
        return depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth));
    }

    /// <summary>A relative link from one page to another, by folder (<c>../objectives/1/</c>).</summary>
    public static string Href(string from, string to)
    {
        var target = to.EndsWith("index.html", StringComparison.Ordinal) ? to[..^"index.html".Length] : to;
        var href = RootFrom(from) + target;
        return href.Length == 0 ? "./" : href;
    }

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
}
