namespace SiteGen.Templating;

/// <summary>
/// A partial that set <c>Layout</c>. Partials are written straight into the page that includes them, so they
/// cannot be wrapped in a layout of their own; only a page's own template may name one.
/// </summary>
public sealed class PartialLayoutException(string key, string layout)
    : Exception($"the partial '{key}' names a layout ('{layout}'), but only a page's own template may; remove `Layout = …` from the partial, or render the partial from a layout instead")
{
    /// <summary>The partial's key, e.g. <c>partials/footer</c>.</summary>
    public string Key { get; } = key;
}
