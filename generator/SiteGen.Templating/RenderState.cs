namespace SiteGen.Templating;

/// <summary>
/// What the templates of one page share while it renders: the page's title, which the page template sets
/// and its layout reads (as <c>ViewData["Title"]</c> is used in ASP.NET), and the page's abbreviations with
/// those already explained, so each is spelt out once, where it first appears.
/// </summary>
public sealed class RenderState
{
    public string? Title { get; set; }

    public PageAbbreviations Abbreviations { get; init; } = new([]);
}
