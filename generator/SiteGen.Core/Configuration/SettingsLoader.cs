using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Configuration;

public static class SettingsLoader
{
    /// <summary>Reads site.yml. <paramref name="outputOverride"/> (from --output) wins over the file's <c>output</c>.</summary>
    public static SiteSettings? Load(string settingsPath, string? outputOverride, DiagnosticBag diagnostics)
    {
        var fullPath = Path.GetFullPath(settingsPath);
        var root = Path.GetDirectoryName(fullPath)!;
        var shown = Path.GetRelativePath(Environment.CurrentDirectory, fullPath).Replace('\\', '/');
        if (!File.Exists(fullPath))
        {
            diagnostics.Report(DiagnosticCatalog.SettingsNotFound, SourceLocation.StartOf(shown), shown);
            return null;
        }

        var file = Path.GetFileName(fullPath);
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(fullPath)).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            diagnostics.Report(DiagnosticCatalog.InvalidEncoding, SourceLocation.StartOf(file), 0);
            return null;
        }

        var node = YamlNodeParser.Parse(text, file, diagnostics);
        var map = MappingReader.Open(node, "site.yml", diagnostics);
        if (map is null)
        {
            if (node is null) diagnostics.Report(DiagnosticCatalog.EmptyFile, SourceLocation.StartOf(file), "the site's settings, at least a title");
            return null;
        }

        var title = map.RequiredText("title");
        var description = map.Text("description");
        var baseUrl = map.Text("base_url");
        var language = map.Text("language") ?? "en-GB";
        var languages = map.TextList("languages");
        var theme = map.Text("theme") ?? "default";
        var linkStyle = map.Choice("link_style", new Dictionary<string, LinkStyle> { ["folders"] = LinkStyle.Folders, ["files"] = LinkStyle.Files }) ?? LinkStyle.Folders;
        var content = map.Text("content") ?? "content";
        var output = map.Text("output") ?? "_site";
        map.Finish();

        if (baseUrl is not null && !baseUrl.EndsWith('/')) baseUrl += "/";
        if (title is null) return null;

        var outputFolder = outputOverride is not null ? Path.GetFullPath(outputOverride) : Path.GetFullPath(Path.Combine(root, output));
        return new SiteSettings(
            title,
            description,
            baseUrl,
            language,
            languages.Count > 0 ? languages : [language],
            theme,
            linkStyle,
            root,
            Path.GetFullPath(Path.Combine(root, content)),
            outputFolder,
            fullPath);
    }
}
