using System.Text;

namespace SiteGen.Routing;

/// <summary>The names pages, folders and anchors are given: lower-case letters, digits and hyphens, safe in every URL and on every file system.</summary>
public static class Slug
{
    public static string Of(string text)
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
    public static IReadOnlyDictionary<string, string> Unique(IEnumerable<string> keys)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var slugs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            if (slugs.ContainsKey(key)) continue;
            var slug = Of(key);
            var candidate = slug;
            for (var n = 2; !used.Add(candidate); n++) candidate = $"{slug}-{n}";
            slugs[key] = candidate;
        }

        return slugs;
    }
}
