using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Templating;

namespace SiteGen.Theming;

/// <summary>A theme ready to render with: its files as the chain resolved them, and its templates compiled.</summary>
public sealed record CompiledTheme(Theme Theme, TemplateSet Templates)
{
    /// <summary>Finds the site's theme, reads it and compiles what needs compiling; null, with the problems reported, when it cannot be used.</summary>
    public static CompiledTheme? Prepare(SiteSettings settings, TemplateStore store, DiagnosticBag diagnostics)
    {
        var theme = ThemeLoader.Load(settings, diagnostics);
        if (theme is null) return null;
        var templates = store.Compile(theme, diagnostics);
        return templates is null ? null : new CompiledTheme(theme, templates);
    }

    /// <summary>The words pages in <paramref name="language"/> use.</summary>
    public Words WordsFor(string language) => Theme.WordsFor(language);
}
