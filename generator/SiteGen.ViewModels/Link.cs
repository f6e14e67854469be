namespace SiteGen.ViewModels;

/// <summary>A link whose <see cref="Href"/> the generator has already made relative to the page it appears on.</summary>
public sealed record Link(string Text, string Href);
