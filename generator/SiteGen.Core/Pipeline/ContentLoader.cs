using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Parsing;

namespace SiteGen.Pipeline;

/// <summary>Configure → discover → parse → bind and validate → derive: everything before rendering, shared by build and validate.</summary>
public static class ContentLoader
{
    public sealed record Loaded(SiteSettings Settings, IReadOnlyList<ContentFile> Files, SiteFacts Facts);

    public static Loaded? Load(string settingsPath, string? outputOverride, DiagnosticBag diagnostics)
    {
        var settings = SettingsLoader.Load(settingsPath, outputOverride, diagnostics);
        if (settings is null) return null;
        var files = ContentDiscoverer.Discover(settings, diagnostics);
        var parsed = ContentParser.Parse(files, diagnostics);
        var contentPaths = files.Select(f => Path.GetRelativePath(settings.ContentFolder, f.FullPath).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        var site = SiteBinder.Bind(parsed, contentPaths, diagnostics);
        var facts = SiteFacts.Derive(site, diagnostics);
        return new Loaded(settings, files, facts);
    }
}
