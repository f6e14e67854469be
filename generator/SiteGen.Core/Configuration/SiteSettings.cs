namespace SiteGen.Configuration;

/// <summary>
/// The site's settings from <c>site.yml</c>. <see cref="RootFolder"/> is the folder holding site.yml:
/// every path in a message is relative to it.
/// </summary>
public sealed record SiteSettings(
    string Title,
    string? Description,
    string? BaseUrl,
    string Language,
    IReadOnlyList<string> Languages,
    string Theme,
    LinkStyle LinkStyle,
    SearchSettings Search,
    string RootFolder,
    string ContentFolder,
    string OutputFolder,
    string SettingsFile)
{
    /// <summary>Where the site draws the lines between its judgement categories (<c>judgements:</c>).</summary>
    public JudgementSettings Judgements { get; init; } = JudgementSettings.Default;

    /// <summary>The licence of the published figures; null when site.yml names none, and the data packages then claim none.</summary>
    public LicenceSettings? Licence { get; init; }

    /// <summary>A path relative to the root, with forward slashes, as messages show it.</summary>
    public string Relative(string fullPath) => Path.GetRelativePath(RootFolder, fullPath).Replace('\\', '/');
}
