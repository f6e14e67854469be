using System.Text;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Templating;
using SiteGen.Yaml;

namespace SiteGen.Theming;

/// <summary>
/// Finds the theme <c>theme:</c> names and the chain it is looked up through, as Hugo does: the site's own
/// <c>layouts/</c>, <c>assets/</c> and <c>i18n/</c> beside site.yml, then <c>themes/&lt;name&gt;/</c>, then the
/// theme its <c>theme.yml</c> <c>extends</c>, and so on, with <c>default</c> always last. It reads every
/// template, asset and words file of the chain; compiling is <see cref="TemplateStore"/>'s.
/// </summary>
/// <remarks>
/// A theme is looked for in <c>themes/</c> beside site.yml first, then among the themes shipped with SiteGen
/// (<c>default</c>, copied beside the program when it is built), so a site needs no copy of the default theme.
/// </remarks>
public static class ThemeLoader
{
    public const string DefaultTheme = "default";

    /// <summary>Where SiteGen keeps the themes it ships: beside the program.</summary>
    public static string ShippedThemes => Path.Combine(AppContext.BaseDirectory, "themes");

    public static Theme? Load(SiteSettings settings, DiagnosticBag diagnostics)
    {
        var chain = new List<ThemeFolder> { new("site", settings.RootFolder, ".", null, null) };
        var settingsFile = SourceLocation.StartOf(settings.Relative(settings.SettingsFile));
        var name = settings.Theme;
        var namedAt = settingsFile;
        while (true)
        {
            if (chain.Skip(1).Any(f => f.Name == name))
            {
                diagnostics.Report(DiagnosticCatalog.ThemeCycle, namedAt, string.Join(" → ", chain.Skip(1).Select(f => f.Name).Append(name)));
                return null;
            }

            var folder = Find(settings, name);
            if (folder is null)
            {
                diagnostics.Report(DiagnosticCatalog.UnknownTheme, namedAt, name, string.Join(", ", Available(settings)));
                return null;
            }

            var shown = Shown(settings, folder);
            var (description, extends, extendsAt) = ReadThemeFile(folder, shown, diagnostics);
            chain.Add(new ThemeFolder(name, folder, shown, description, extends));
            if (name == DefaultTheme) break;
            name = extends ?? DefaultTheme;
            namedAt = extendsAt ?? SourceLocation.StartOf(shown + "/theme.yml");
        }

        if (diagnostics.HasErrors) return null;

        var templates = new Dictionary<string, TemplateSource>(StringComparer.Ordinal);
        var assets = new List<ThemeAsset>();
        var words = new Dictionary<string, Dictionary<string, Message>>(StringComparer.Ordinal);
        // Lowest priority first, so each folder nearer the site replaces what the ones below it gave.
        foreach (var themeFolder in Enumerable.Reverse(chain))
        {
            ReadTemplates(themeFolder, templates);
            ReadAssets(themeFolder, assets);
            ReadWords(themeFolder, words, diagnostics);
        }

        return new Theme(
            settings.Theme,
            chain,
            templates,
            assets,
            words.ToDictionary(w => w.Key, w => new Words(w.Key, w.Value), StringComparer.Ordinal));
    }

    /// <summary>Every theme the site could name: its own <c>themes/</c> folders and the shipped ones.</summary>
    public static IReadOnlyList<string> Available(SiteSettings settings) =>
        new[] { Path.Combine(settings.RootFolder, "themes"), ShippedThemes }
            .Where(Directory.Exists)
            .SelectMany(Directory.EnumerateDirectories)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string? Find(SiteSettings settings, string name)
    {
        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))) return null;
        foreach (var root in new[] { Path.Combine(settings.RootFolder, "themes"), ShippedThemes })
        {
            var folder = Path.Combine(root, name);
            if (Directory.Exists(folder)) return folder;
        }

        return null;
    }

    /// <summary>A theme's folder as messages show it: relative to site.yml's folder when inside it.</summary>
    internal static string Shown(SiteSettings settings, string fullPath)
    {
        var relative = settings.Relative(fullPath);
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath.Replace('\\', '/') : relative;
    }

    private static (string? Description, string? Extends, SourceLocation? ExtendsAt) ReadThemeFile(string folder, string shown, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(folder, "theme.yml");
        if (!File.Exists(path)) return (null, null, null);
        var file = shown + "/theme.yml";
        var node = YamlNodeParser.Parse(ReadText(path), file, diagnostics);
        var map = MappingReader.Open(node, "theme.yml", diagnostics);
        if (map is null) return (null, null, null);
        map.Text("name");
        var description = map.Text("description");
        var extends = map.Scalar("extends");
        map.Finish();
        return (description, extends?.Value, extends?.Location);
    }

    private static void ReadTemplates(ThemeFolder folder, Dictionary<string, TemplateSource> templates)
    {
        var layouts = Path.Combine(folder.Folder, "layouts");
        if (!Directory.Exists(layouts)) return;
        foreach (var path in Directory.EnumerateFiles(layouts, "*.cshtml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = TemplateSource.KeyOf(layouts, path);
            var shown = folder.Shown == "." ? "layouts/" + key + ".cshtml" : $"{folder.Shown}/layouts/{key}.cshtml";
            templates[key] = new TemplateSource(key, shown, ReadText(path));
        }
    }

    private static void ReadAssets(ThemeFolder folder, List<ThemeAsset> assets)
    {
        var root = Path.Combine(folder.Folder, "assets");
        if (!Directory.Exists(root)) return;
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(root, path).Replace('\\', '/');
            var asset = new ThemeAsset(name, path, File.ReadAllBytes(path));
            var replaced = assets.FindIndex(a => a.Name == name);
            if (replaced >= 0) assets[replaced] = asset;
            else assets.Add(asset);
        }
    }

    private static void ReadWords(ThemeFolder folder, Dictionary<string, Dictionary<string, Message>> words, DiagnosticBag diagnostics)
    {
        var root = Path.Combine(folder.Folder, "i18n");
        if (!Directory.Exists(root)) return;
        foreach (var path in Directory.EnumerateFiles(root, "*.yml").Order(StringComparer.Ordinal))
        {
            var language = Path.GetFileNameWithoutExtension(path);
            var file = folder.Shown == "." ? "i18n/" + Path.GetFileName(path) : $"{folder.Shown}/i18n/{Path.GetFileName(path)}";
            if (!words.TryGetValue(language, out var messages)) words[language] = messages = new Dictionary<string, Message>(StringComparer.Ordinal);
            WordsReader.Read(YamlNodeParser.Parse(ReadText(path), file, diagnostics), messages, diagnostics);
        }
    }

    private static string ReadText(string path) => new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path)).TrimStart('\uFEFF');
}
