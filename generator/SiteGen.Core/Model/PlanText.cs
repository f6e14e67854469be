using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>
/// One text of a plan a reader sees (a title, a description, a risk's controls, a table's cell…), as its file gives it:
/// in the default language, and in the other languages where the file gives it in them (<c>title: {en-GB: …, cy: …}</c>).
/// </summary>
/// <param name="Field">The key the text is written under (<c>title</c>), for the coverage report.</param>
/// <param name="IsMarkdown">Whether the text is Markdown, which pages show rendered.</param>
public sealed record PlanText(string Field, TranslatedText Text, SourceLocation Location, bool IsMarkdown);
