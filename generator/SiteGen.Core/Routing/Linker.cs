using SiteGen.Configuration;

namespace SiteGen.Routing;

/// <summary>Makes links between pages relative, so the site works at a domain root, under any folder and from disk.</summary>
public sealed record Linker(LinkStyle Style)
{
    /// <summary>
    /// A relative link from one page to another: by folder (<c>../objectives/1/</c>) in the default
    /// style, or to the file itself (<c>../objectives/1/index.html</c>) for a copy opened from disk.
    /// </summary>
    public string Href(PagePath from, PagePath to)
    {
        var href = from.ToRoot + (Style == LinkStyle.Folders ? to.Address : to.File);
        return href.Length == 0 ? "./" : href;
    }

    /// <summary>A link to a place on another page (<c>#risk-r1</c>).</summary>
    public string Href(PagePath from, PagePath to, string anchor) => Href(from, to) + "#" + anchor;
}
