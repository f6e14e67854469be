namespace SiteGen.ViewModels;

/// <summary>
/// A set of figures as schema.org describes a <c>Dataset</c>, for the page's structured data (JSON-LD), which
/// search engines' dataset search reads. Addresses are absolute under the site's base_url, relative without one.
/// </summary>
/// <param name="Description">The figures' own description from the content, when they have one; the theme words one otherwise.</param>
/// <param name="Plan">The plan the figures are from; null for the whole site's.</param>
/// <param name="From">The first day the figures cover (yyyy-mm-dd), when known.</param>
/// <param name="To">The last day the figures cover (yyyy-mm-dd), when known.</param>
public sealed record DatasetView(
    string Name,
    string? Description,
    string? Url,
    string? Creator,
    string? Plan,
    string? LicenceUrl,
    string? From,
    string? To,
    IReadOnlyList<DistributionView> Distributions);

/// <summary>One download of a dataset: its media type (<c>text/csv</c>) and address.</summary>
public sealed record DistributionView(string MediaType, string Url);
