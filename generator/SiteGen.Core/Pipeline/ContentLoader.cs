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
    /// <param name="Stamps">Each content file's stamp, taken at discovery (before any file is read), when a later load will compare with it; otherwise null.</param>
    /// <param name="ChangedPlans">The plan folders changed since the previous load; null when there was none, or when a file outside plan folders changed.</param>
    public sealed record Loaded(
        SiteSettings Settings, IReadOnlyList<ContentFile> Files, SiteFacts Facts, IReadOnlyList<BoundPlan> Plans,
        IReadOnlyDictionary<string, ContentStamp>? Stamps = null, IReadOnlySet<string>? ChangedPlans = null)
    {
        /// <summary>What discovery reported (unrecognised and doubled files), for a later load that does not look again to report as well.</summary>
        internal IReadOnlyList<Diagnostic> Discovered { get; init; } = [];

        /// <summary>The ids that have a file, kept with the files for a later load that reuses them.</summary>
        internal DeclaredIds? Declared { get; init; }

        /// <summary>Each plan's reference check, for a later load (serve) to reuse; null when nothing is stamped.</summary>
        internal PlanChecks? Checks { get; init; }

        /// <summary>The files outside plan folders as bound, with what binding them reported, for a later load to reuse while none of them changed.</summary>
        internal (SharedContent Content, IReadOnlyList<Diagnostic> Diagnostics)? Shared { get; init; }
    }

    /// <param name="previous">
    /// For <c>serve</c>: the last load that led to a good build. Files are then stamped, and a plan folder
    /// none of whose files changed since (when nothing outside plan folders did either) is taken from it
    /// rather than read and bound again, and so are the shared files (organisations, definitions …) and what was
    /// derived of each plan alone (<see cref="SiteFacts.Derive"/>). Null for a build or validate, which stamp nothing.
    /// </param>
    /// <param name="laps">Told as each step ends, when someone is timing the build.</param>
    /// <param name="changedPaths">
    /// For <c>serve</c>: every path its watcher reported changed since <paramref name="previous"/> stamped its files, or null
    /// when that is not known. When known, and none of them adds or removes a file (<see cref="ContentStamp.Restamp"/>),
    /// the content folder is not listed and stamped again: only those paths are.
    /// </param>
    public static Loaded? Load(string settingsPath, string? outputOverride, DiagnosticBag diagnostics, Loaded? previous = null, bool stamp = false, BuildLaps? laps = null, IReadOnlySet<string>? changedPaths = null)
    {
        var settings = SettingsLoader.Load(settingsPath, outputOverride, diagnostics);
        if (settings is null) return null;
        IReadOnlyList<ContentFile> files;
        IReadOnlyList<Diagnostic> discovered;
        var restamped = previous?.Stamps is { } earlier && changedPaths is not null && previous.Settings.ContentFolder == settings.ContentFolder
            ? ContentStamp.Restamp(earlier, settings.SettingsFile, settings.ContentFolder, changedPaths)
            : null;
        IReadOnlyDictionary<string, ContentStamp>? stamps;
        if (restamped is { } known)
        {
            (files, discovered, stamps) = (previous!.Files, previous.Discovered, known.Stamps);
        }
        else
        {
            var found = new DiagnosticBag();
            files = ContentDiscoverer.Discover(settings, found);
            discovered = found.Sorted();
            stamps = stamp || previous is not null ? ContentStamp.Take(settings.SettingsFile, files) : null;
        }

        foreach (var diagnostic in discovered) diagnostics.Add(diagnostic);
        var changedPlans = restamped is { } reported ? reported.ChangedPlans : previous?.Stamps is { } before ? ContentStamp.ChangedPlans(before, stamps!) : null;
        laps?.Lap("discover and stamp");
        var reusable = changedPlans is null ? null : previous!.Plans.Where(p => !changedPlans.Contains(p.Id)).ToDictionary(p => p.Id, StringComparer.Ordinal);
        // Nothing outside plan folders changed (site.yml included): the shared files bind as they did.
        var sharedLoad = reusable is not null && previous!.Shared is { } kept ? kept : BindShared(files);
        foreach (var diagnostic in sharedLoad.Diagnostics) diagnostics.Add(diagnostic);
        var shared = sharedLoad.Content;
        laps?.Lap("shared files");
        var plans = PlanLoader.Load(files, shared, diagnostics, reusable is null ? null : reusable.GetValueOrDefault);
        laps?.Lap("plans");
        // The same files (nothing added or removed): the same ids have a file, so plans' reference checks can be reused.
        var declared = previous is not null && ReferenceEquals(files, previous.Files) && previous.Declared is { } same ? same : DeclaredIds.Of(files);
        var checks = stamps is null ? null : new PlanChecks(previous?.Checks);
        var site = SiteBinder.Complete(shared, plans.Select(p => p.Plan).OfType<Model.Plan>().ToList(), declared, ContentPaths(settings, files), diagnostics, checks);
        LanguageCheck.Report(site, settings.Languages, diagnostics);
        laps?.Lap("references");
        var facts = SiteFacts.Derive(site, diagnostics, settings.Judgements, reusable is null ? null : previous!.Facts);
        laps?.Lap("derive");
        return new Loaded(settings, files, facts, plans, stamps, changedPlans) { Shared = stamps is null ? null : sharedLoad, Discovered = discovered, Declared = declared, Checks = checks };
    }

    private static (SharedContent Content, IReadOnlyList<Diagnostic> Diagnostics) BindShared(IReadOnlyList<ContentFile> files)
    {
        var reported = new DiagnosticBag();
        var shared = LoadShared(files, reported);
        return (shared, reported.Sorted());
    }

    /// <summary>Parses and binds what plans are read against: every file outside the plan folders.</summary>
    public static SharedContent LoadShared(IReadOnlyList<ContentFile> files, DiagnosticBag diagnostics) =>
        SiteBinder.BindShared(ContentParser.Parse(files.Where(f => f.PlanId is null), diagnostics), diagnostics);

    /// <summary>Every discovered file's path under the content folder, for checking fields that name a file.</summary>
    public static IReadOnlySet<string> ContentPaths(SiteSettings settings, IReadOnlyList<ContentFile> files) =>
        files.Select(f => Path.GetRelativePath(settings.ContentFolder, f.FullPath).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
}
