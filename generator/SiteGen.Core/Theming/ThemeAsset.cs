namespace SiteGen.Theming;

/// <summary>A static file of a theme (<c>assets/site.css</c> → <see cref="Name"/> <c>site.css</c>), from the first folder of the chain that has it.</summary>
public sealed record ThemeAsset(string Name, string FullPath, byte[] Content);
