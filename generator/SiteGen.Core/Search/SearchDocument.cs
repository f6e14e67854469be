namespace SiteGen.Search;

/// <summary>
/// One thing a reader can find: a plan, objective, indicator, action, risk, council or page. The text
/// fields are what the page shows; <see cref="Url"/> is relative to the site root. <see cref="Body"/> is
/// searched; <see cref="Prose"/>, the part of it written as sentences, is what a result quotes.
/// </summary>
public sealed record SearchDocument(
    string Url,
    string Type,
    string Title,
    string? Reference,
    string Body,
    string? Owner,
    string? Council,
    string? Plan,
    IReadOnlyList<string> Outcomes,
    string? Status)
{
    /// <summary>The document's prose as plain text (see <see cref="ProseText"/>), which a result's snippet is taken from; empty when it has none.</summary>
    public string Prose { get; init; } = string.Empty;
}
