namespace SiteGen.Templating;

/// <summary>A layout that left out what the page gave it: the page itself (no <c>RenderBody()</c>) or a section the page defines.</summary>
public sealed class LayoutIncompleteException(string key, string detail)
    : Exception($"the layout '{key}' does not show everything the page gives it ({detail}); a layout writes the page where @RenderBody() is, and each section the page defines where @RenderSection(\"name\", required: false) is")
{
    /// <summary>The layout's key, e.g. <c>_base</c>.</summary>
    public string Key { get; } = key;
}
