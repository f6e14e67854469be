namespace SiteGen.ViewModels;

/// <summary>
/// The template that renders pages of this model: <c>layouts/&lt;key&gt;.cshtml</c>, found through the theme chain.
/// A new kind of page is a view model with this attribute, its builder in the page graph, and its template.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class PageTemplateAttribute(string key) : Attribute
{
    public string Key { get; } = key;
}
