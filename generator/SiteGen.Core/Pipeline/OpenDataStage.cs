using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Emit;
using SiteGen.Emit.OpenData;
using SiteGen.Model;
using SiteGen.Rendering;
using SiteGen.Routing;
using SiteGen.Templating;
using SiteGen.ViewModels;

namespace SiteGen.Pipeline;

/// <summary>
/// The data packages and feeds, made before the pages are rendered so the data page can give each file's size
/// and every page's head can link the feeds that exist, and written with the other files beside the pages.
/// </summary>
public sealed class OpenDataStage
{
    /// <summary>What one plan's package was made from, so the next build can tell whether it would come out the same.</summary>
    private sealed record PlanPackage(Plan Plan, PlanFacts Facts, PagePath Page, PagePath Descriptor, DataPackage? Package);

    private readonly IReadOnlyDictionary<Plan, PlanPackage> _byPlan;

    private OpenDataStage(IReadOnlyList<DataPackage> packages, IReadOnlyList<SiteFiles.FileToWrite> feeds, OpenDataFiles files, IReadOnlyDictionary<Plan, PlanPackage> byPlan)
    {
        Packages = packages;
        Feeds = feeds;
        Files = files;
        _byPlan = byPlan;
    }

    public IReadOnlyList<DataPackage> Packages { get; }

    public IReadOnlyList<SiteFiles.FileToWrite> Feeds { get; }

    /// <summary>What the pages are told of these files.</summary>
    public OpenDataFiles Files { get; }

    /// <summary>Plans whose package was made again by the last <see cref="Prepare"/>, rather than kept from the previous build.</summary>
    public int PlansMade { get; private init; }

    /// <remarks>The feeds take the theme's words, so a word they lack is reported with the pages' missing words.</remarks>
    /// <param name="previous">
    /// For <c>sitegen serve</c>: the previous good build's files, and <paramref name="changedPlans"/>, the plan folders changed
    /// since (null when something outside plan folders changed, site.yml included). A plan's package is kept when its folder
    /// did not change, it is the same bound plan with the same derived facts (<see cref="PlanFacts"/>, which are kept only while
    /// its council and the thresholds are the same) and its pages are where they were: a package reads nothing else. The whole
    /// site's package is joined from the plans' again, so it always equals a full build's.
    /// </param>
    /// <param name="laps">Told as each step ends, when someone is timing the build.</param>
    public static OpenDataStage Prepare(SiteFacts facts, SiteRoutes routes, SiteSettings settings, Words words, OpenDataStage? previous = null, IReadOnlySet<string>? changedPlans = null, BuildLaps? laps = null)
    {
        var byPlan = new Dictionary<Plan, PlanPackage>(ReferenceEqualityComparer.Instance);
        var made = 0;
        foreach (var plan in facts.Site.Plans)
        {
            var planFacts = facts.OfPlan[plan];
            var page = routes.Plan(plan);
            var descriptor = routes.PlanData(plan, DataPackages.DescriptorFile);
            var kept = previous is not null && changedPlans is not null && !changedPlans.Contains(plan.Id)
                && previous._byPlan.GetValueOrDefault(plan) is { } before
                && ReferenceEquals(before.Facts, planFacts) && before.Page == page && before.Descriptor == descriptor
                ? before
                : null;
            if (kept is null) made++;
            byPlan[plan] = kept ?? new PlanPackage(plan, planFacts, page, descriptor, DataPackages.OfPlan(facts, routes, settings, plan));
        }

        laps?.Lap("plans' data packages");
        var plans = facts.Site.Plans.Select(p => byPlan[p].Package).OfType<DataPackage>().ToList();
        IReadOnlyList<DataPackage> packages = DataPackages.OfSite(facts, routes, settings, plans) is { } site ? [site, .. plans] : plans;
        laps?.Lap("site's data package");
        var feeds = AtomFeed.Build(facts, routes, settings, words);
        laps?.Lap("feeds");
        var files = new OpenDataFiles(
            packages.Select(p => new OpenDataFiles.Package(
                p.Plan,
                p.Descriptor,
                p.DescriptorLength,
                p.Resources.Select(r => new OpenDataFiles.Table(KindOf(r.Name), r.Path, r.Length, r.Rows, r.Fields.Select(ColumnOf).ToList())).ToList())).ToList(),
            feeds.Select(f => PagePath.FromAddress(f.Path)).ToHashSet());
        return new OpenDataStage(packages, feeds, files, byPlan) { PlansMade = made };
    }

    /// <summary>Every file: each package's descriptor and tables, and the feeds.</summary>
    public IEnumerable<SiteFiles.FileToWrite> All()
    {
        foreach (var package in Packages)
        {
            yield return new(package.Descriptor.File, package.DescriptorContent);
            foreach (var resource in package.Resources) yield return new(resource.Path.File, resource.Content);
        }

        foreach (var feed in Feeds) yield return feed;
    }

    private static DataTableKind KindOf(string resource) => Enum.Parse<DataTableKind>(resource, ignoreCase: true);

    private static DataColumnView ColumnOf(DataField field) => new(field.Name, field.Type switch
    {
        FieldType.Number => DataColumnType.Number,
        FieldType.Integer => DataColumnType.WholeNumber,
        FieldType.Boolean => DataColumnType.TrueOrFalse,
        FieldType.Date => DataColumnType.Date,
        _ => DataColumnType.Text,
    }, field.Required);
}
