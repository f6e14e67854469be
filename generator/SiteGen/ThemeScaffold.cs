using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Theming;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen theme new NAME</c>: a theme of the site's own in <c>themes/NAME/</c> that extends <c>default</c>,
/// with one template overridden (the header, as a starting point), a stylesheet loaded after the default
/// one, and a words file for changing any wording. A web team edits these with <c>sitegen serve</c> running.
/// </summary>
public static class ThemeScaffold
{
    /// <summary>The template the new theme starts by overriding: something every page shows, simple to change.</summary>
    private const string FirstOverride = "partials/header";

    public static int Run(string name, string config, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(config, null, diagnostics);
        if (settings is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), stderr);
            return SiteGenCommand.ContentErrors;
        }

        if (name.Length == 0 || name.Any(c => !(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_')))
        {
            return Fail(stderr, $"'{name}' cannot be a theme's name; use lower-case letters, digits and hyphens, e.g. carmarthenshire");
        }

        if (name == ThemeLoader.DefaultTheme) return Fail(stderr, "'default' is the theme SiteGen ships; choose another name, and the new theme will extend it");
        var folder = Path.Combine(settings.RootFolder, "themes", name);
        if (Directory.Exists(folder)) return Fail(stderr, $"{settings.Relative(folder)}/ already exists; SiteGen never overwrites a theme");

        var header = Path.Combine(ThemeLoader.ShippedThemes, ThemeLoader.DefaultTheme, "layouts", FirstOverride + ".cshtml");
        if (!File.Exists(header)) return Fail(stderr, $"SiteGen's own default theme is missing beside the program ({header}); reinstall SiteGen");

        Write(folder, "theme.yml", $"""
            # {name}: a theme of this site's own. It extends SiteGen's default theme, so it holds only what it changes:
            # a template here replaces the default's of the same path under layouts/, an asset replaces the one of the
            # same name (a new stylesheet is loaded after the default's), and i18n/en.yml changes words by their key.
            # To use it, set `theme: {name}` in site.yml; `sitegen serve` shows every change as you save.
            name: {name}
            description: The look of this site.
            extends: default

            """);
        Write(folder, Path.Combine("layouts", FirstOverride + ".cshtml"),
            "@* Overrides the default theme's header. The default's own templates are in SiteGen's themes/default/layouts/ (in its\n" +
            "   repository); copy any of them here, under the same path, to change it. *@\n" +
            File.ReadAllText(header));
        Write(folder, Path.Combine("assets", name + ".css"), $$"""
            /* {{name}}: loaded after the default theme's site.css, so a rule here wins over the default's. */
            .site-header {
            }

            """);
        Write(folder, Path.Combine("i18n", "en.yml"), """
            # Words to change, by their key in the default theme's i18n/en.yml. For example:
            # search:
            #   box-label: Search our plans

            """);

        var shown = settings.Relative(folder);
        stdout.WriteLine($"Created the theme {name} in {shown}/: theme.yml, layouts/{FirstOverride}.cshtml, assets/{name}.css and i18n/en.yml.");
        stdout.WriteLine($"To use it, set `theme: {name}` in {settings.Relative(settings.SettingsFile)}, then run sitegen serve and edit its files.");
        return SiteGenCommand.Success;
    }

    private static void Write(string folder, string relative, string text)
    {
        var path = Path.Combine(folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"sitegen theme new: {message}.");
        return SiteGenCommand.ContentErrors;
    }
}
