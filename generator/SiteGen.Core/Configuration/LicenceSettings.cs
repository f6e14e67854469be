namespace SiteGen.Configuration;

/// <summary>
/// <c>licence:</c> in site.yml: the terms anyone may reuse the site's figures on, named in every data package
/// and in the data page. <paramref name="Name"/> is the licence's short identifier where it has one
/// (<c>OGL-UK-3.0</c>, as the Open Definition lists it).
/// </summary>
public sealed record LicenceSettings(string? Name, string Title, string Url);
