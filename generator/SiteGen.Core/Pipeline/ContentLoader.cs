using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Parsing;

namespace SiteGen.Pipeline;

/// <summary>
/// Configure → discover → parse and bind the shared files → parse and bind each plan → check references →
/// derive: everything before rendering, shared by build and validate.
/// </summary>
public static class ContentLoader
{
    /// <param name="Plans">Each plan folder as bound, in plan id order, for a later load to reuse.</param>
    public sealed record Loaded(SiteSettings Settings, IReadOnlyList<ContentFile> Files, SiteFacts Facts, IReadOnlyList<BoundPlan> Plans);

    /// <param name="reuse">For <c>serve</c>: a plan folder's previous result when nothing it is bound from changed; null to bind every folder.</param>
    public static Loaded? Load(string settingsPath, string? outputOverride, DiagnosticBag diagnostics, Func<string, BoundPlan?>? reuse = null)
    {
        var settings = SettingsLoader.Load(settingsPath, outputOverride, diagnostics);
        if (settings is null) return null;
        var files = ContentDiscoverer.Discover(settings, diagnostics);
        var shared = LoadShared(files, diagnostics);
        var plans = PlanLoader.Load(files, shared, diagnostics, reuse);
        var site = SiteBinder.Complete(shared, plans.Select(p => p.Plan).OfType<Model.Plan>().ToList(), DeclaredIds.Of(files), ContentPaths(settings, files), diagnostics);
        var facts = SiteFacts.Derive(site, diagnostics);
        return new Loaded(settings, files, facts, plans);
    }

    /// <summary>Parses and binds what plans are read against: every file outside the plan folders.</summary>
    public static SharedContent LoadShared(IReadOnlyList<ContentFile> files, DiagnosticBag diagnostics) =>
        SiteBinder.BindShared(ContentParser.Parse(files.Where(f => f.PlanId is null), diagnostics), diagnostics);

    /// <summary>Every discovered file's path under the content folder, for checking fields that name a file.</summary>
    public static IReadOnlySet<string> ContentPaths(SiteSettings settings, IReadOnlyList<ContentFile> files) =>
        files.Select(f => Path.GetRelativePath(settings.ContentFolder, f.FullPath).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
}
