using SiteGen.Diagnostics;
using SiteGen.Theming;

namespace SiteGen.Pipeline;

/// <summary><c>sitegen validate</c>: everything a build checks before it writes a page — the content and the theme's templates and words files.</summary>
public static class SiteChecker
{
    public static ContentLoader.Loaded? Check(string settingsPath, DiagnosticBag diagnostics, TemplateStore? templates = null)
    {
        var loaded = ContentLoader.Load(settingsPath, null, diagnostics);
        if (loaded is null) return null;

        // A web team's broken template is reported here, at its line, as a mistake in content is.
        CompiledTheme.Prepare(loaded.Settings, templates ?? new TemplateStore(TemplateStore.CacheFolderFor(loaded.Settings.RootFolder)), diagnostics);
        return loaded;
    }
}
