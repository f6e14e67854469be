namespace SiteGen.Templating;

/// <summary>
/// What the templates of one page share while it renders: the page's title, which the page template sets
/// and its layout reads (as <c>ViewData["Title"]</c> is used in ASP.NET).
/// </summary>
public sealed class RenderState
{
    public string? Title { get; set; }
}
