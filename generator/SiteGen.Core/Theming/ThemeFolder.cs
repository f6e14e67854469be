namespace SiteGen.Theming;

/// <summary>
/// One folder of a theme chain: a theme (<c>themes/&lt;name&gt;/</c>, with its <c>theme.yml</c>) or the site's
/// own <c>layouts/</c>, <c>assets/</c> and <c>i18n/</c> beside site.yml, which come first in every lookup.
/// </summary>
/// <param name="Name">The theme's name, or <c>site</c> for the site's own folder.</param>
/// <param name="Folder">Full path of the folder holding <c>layouts/</c>, <c>assets/</c> and <c>i18n/</c>.</param>
/// <param name="Shown">The folder as messages show it: relative to site.yml's folder, or where SiteGen keeps its own default theme.</param>
/// <param name="Extends">The theme this one builds on; null for <c>default</c> and for the site's folder.</param>
public sealed record ThemeFolder(string Name, string Folder, string Shown, string? Description, string? Extends);
