namespace SiteGen.ViewModels;

/// <summary>
/// Markup the generator has already made safe (Markdown with raw HTML off and unsafe links removed).
/// Every other string in a view model is plain text, which Razor encodes.
/// </summary>
public sealed record Html(string Value)
{
    public override string ToString() => Value;
}
