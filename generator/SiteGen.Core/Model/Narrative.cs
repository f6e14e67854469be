using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A narrative section of a plan, or a stand-alone page: a title and Markdown.</summary>
public sealed record NarrativeSection(string Id, string Title, string Markdown, SourceLocation Location)
{
    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }

    /// <summary>The page in other languages, from the files beside it (<c>about.cy.md</c> beside <c>about.md</c>), by language code as the file name gives it.</summary>
    public IReadOnlyDictionary<string, NarrativeSection> Translations { get; init; } = new Dictionary<string, NarrativeSection>();

    /// <summary>The page in <paramref name="language"/>, where a file beside it gives it; null otherwise.</summary>
    public NarrativeSection? In(string language) => Translations.FirstOrDefault(t => LanguageCode.Same(t.Key, language)).Value;
}
