using SiteGen.Configuration;

namespace SiteGen.Rendering;

/// <summary>Makes links between pages relative, so the site works at a domain root, under any folder and from disk.</summary>
public sealed record Linker(LinkStyle Style)
{
    public string Href(string from, string to)
    {
        var target = Style == LinkStyle.Folders && (to == "index.html" || to.EndsWith("/index.html", StringComparison.Ordinal))
            ? to[..^"index.html".Length]
            : to;
        var href = Routes.RootFrom(from) + target;
        return href.Length == 0 ? "./" : href;
    }
}
