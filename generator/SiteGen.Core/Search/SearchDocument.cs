namespace SiteGen.Search;

/// <summary>
/// One thing a reader can find: a plan, objective, indicator, action, risk, council or page. The text
/// fields are what the page shows; <see cref="Url"/> is relative to the site root.
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
    string? Status);
