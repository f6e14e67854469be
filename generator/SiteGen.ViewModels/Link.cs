namespace SiteGen.ViewModels;

/// <summary>A link whose <see cref="Href"/> the generator has already made relative to the page it appears on.</summary>
public sealed record Link(string Text, string Href)
{
    /// <summary>Whether <see cref="Text"/>, from the content, is in the page's language where the rest of the page's content is not: a translated page's title.</summary>
    public bool IsTranslated { get; init; }
}

/// <summary>
/// The same page in one of the site's languages, for the language switcher and the head's <c>hreflang</c> alternates.
/// <see cref="Href"/> is relative to the page; <see cref="Address"/> is absolute under base_url where the site has one.
/// </summary>
/// <param name="Language">The language's code as <c>hreflang</c> writes it (<c>en-GB</c>, <c>cy</c>).</param>
/// <param name="IsCurrent">Whether this is the page itself.</param>
public sealed record LanguageLink(string Language, string Href, string Address, bool IsCurrent);
