using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Yaml;

namespace SiteGen.Configuration;

public static class SettingsLoader
{
    private static SearchSettings ReadSearch(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the search settings", diagnostics);
        if (map is null) return SearchSettings.Default;
        var enabled = map.Choice("enabled", new Dictionary<string, bool> { ["true"] = true, ["false"] = false, ["yes"] = true, ["no"] = false }) ?? true;
        var weights = new Dictionary<string, double>(SearchSettings.Default.Weights);
        var weightsMap = MappingReader.Open(map.Node("weights"), "the search weights", diagnostics);
        var exclude = new HashSet<string>(StringComparer.Ordinal);
        map.Declare("exclude", KeyUse.ChoiceList, SearchSettings.PageTypes);
        foreach (var type in map.References("exclude"))
        {
            if (SearchSettings.PageTypes.Contains(type.Value)) exclude.Add(type.Value);
            else diagnostics.ReportWithSuggestion(DiagnosticCatalog.ValueNotAllowed, type.Location, Suggestions.DidYouMean(type.Value, SearchSettings.PageTypes), type.Value, "exclude", string.Join(", ", SearchSettings.PageTypes.Select(t => $"`{t}`")));
        }

        map.Finish();
        if (weightsMap is not null)
        {
            foreach (var field in SearchSettings.Fields)
            {
                var s = weightsMap.Scalar(field);
                if (s is null) continue;
                if (double.TryParse(s.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var w) && w >= 0) weights[field] = w;
                else diagnostics.Report(DiagnosticCatalog.NumberUnreadable, s.Location, s.Value, "a field's weight is a number, 0 or more");
            }

            weightsMap.Finish();
        }

        return new SearchSettings(enabled, weights, exclude);
    }

    private static LicenceSettings? ReadLicence(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the licence", diagnostics);
        if (map is null) return null;
        var name = map.Text("name");
        var title = map.RequiredText("title");
        var url = map.RequiredText("url");
        map.Finish();
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _))
        {
            diagnostics.Report(DiagnosticCatalog.LicenceUrlNotAbsolute, map.LocationOf("url"), url);
            return null;
        }

        return title is null || url is null ? null : new LicenceSettings(name, title, url);
    }

    /// <summary>Reads site.yml. <paramref name="outputOverride"/> (from --output) wins over the file's <c>output</c>.</summary>
    public static SiteSettings? Load(string settingsPath, string? outputOverride, DiagnosticBag diagnostics)
    {
        var fullPath = Path.GetFullPath(settingsPath);
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
        return Bind(node, file, fullPath, outputOverride, diagnostics);
    }

    /// <summary>Binds the parsed settings; <paramref name="fullPath"/> is where site.yml lives, which the other folders are relative to.</summary>
    public static SiteSettings? Bind(YNode? node, string file, string fullPath, string? outputOverride, DiagnosticBag diagnostics)
    {
        var root = Path.GetDirectoryName(fullPath)!;
        var map = MappingReader.Open(node, "site.yml", diagnostics);
        if (map is null)
        {
            if (node is null) diagnostics.Report(DiagnosticCatalog.EmptyFile, SourceLocation.StartOf(file), "the site's settings, at least a title");
            return null;
        }

        var title = map.RequiredText("title");
        var description = map.Text("description");
        var baseUrl = map.Text("base_url");
        var languages = map.TextList("languages");

        // The first of languages: is the default; language: alone names a site in one language.
        var language = map.Text("language") ?? languages.FirstOrDefault() ?? "en-GB";
        var theme = map.Text("theme") ?? "default";
        var linkStyle = map.Choice("link_style", new Dictionary<string, LinkStyle> { ["folders"] = LinkStyle.Folders, ["files"] = LinkStyle.Files }) ?? LinkStyle.Folders;
        var search = ReadSearch(map.Node("search"), diagnostics);
        var judgements = JudgementSettingsReader.Read(map.Node("judgements"), diagnostics);
        var licence = ReadLicence(map.Node("licence"), diagnostics);
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
            languages.Count > 0 ? [language, .. languages.Where(l => l != language)] : [language],
            theme,
            linkStyle,
            search,
            root,
            Path.GetFullPath(Path.Combine(root, content)),
            outputFolder,
            fullPath)
        {
            Judgements = judgements,
            Licence = licence,
        };
    }
}
