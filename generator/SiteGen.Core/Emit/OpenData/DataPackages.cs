using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;

namespace SiteGen.Emit.OpenData;

/// <summary>
/// The site's open data: a data package for each plan (its indicators, actions, risks, budget lines and
/// progress lines, each table present when the plan has some) and one for the whole site (every council's
/// indicators in one table, and the shared definitions that tie them together).
/// </summary>
public static class DataPackages
{
    public const string DescriptorFile = "datapackage.json";

    /// <summary>The whole site's package first, then each plan's in the order of the site's plans; a plan with nothing to tabulate has none.</summary>
    public static IReadOnlyList<DataPackage> Build(SiteFacts facts, SiteRoutes routes, SiteSettings settings)
    {
        var plans = facts.Site.Plans.Select(p => OfPlan(facts, routes, settings, p)).OfType<DataPackage>().ToList();
        return OfSite(facts, routes, settings, plans) is { } site ? [site, .. plans] : plans;
    }

    /// <summary>The whole site's package, its indicators table joined from the plans' own (<paramref name="plans"/>, in site order); none when no plan has indicators.</summary>
    public static DataPackage? OfSite(SiteFacts facts, SiteRoutes routes, SiteSettings settings, IReadOnlyList<DataPackage> plans) =>
        facts.Site.Plans.Any(p => p.Indicators.Count > 0) ? Site(facts, routes, settings, plans) : null;

    private static DataPackage Site(SiteFacts facts, SiteRoutes routes, SiteSettings settings, IReadOnlyList<DataPackage> plans)
    {
        // A plan's indicators table has the rows the site's has of that plan (a plan without rows has none).
        var indicators = plans.SelectMany(p => p.Resources.Where(r => r.Name == "indicators"));
        var resources = new List<DataResource>
        {
            DataResource.Joined("indicators", "Every council's indicators", routes.SiteData("indicators.csv"), OpenDataTables.IndicatorFields, indicators),
        };
        var definitions = OpenDataTables.Definitions(facts).ToList();
        if (definitions.Count > 0) resources.Add(new("definitions", "Shared indicator definitions", routes.SiteData("definitions.csv"), OpenDataTables.DefinitionFields, definitions));

        var descriptor = routes.SiteData(DescriptorFile);
        var package = new DataPackage(Slug.Of(settings.Title), settings.Title, null, descriptor, resources) { DescriptorContent = [] };
        var description = "Every indicator that the plans on this site report, for every council and period, as the plans print the figures, "
            + "with the numbers read from them beside them; and the shared national definitions that let one council's figures be set beside another's.";
        var sources = facts.Site.Plans.Select(p => Source(facts, routes, settings, p)).ToList();
        // Its indicators table is every plan's joined: its bytes and their hash are made when the files are written, after the pages.
        return package with
        {
            DescriptorLength = DataPackageJson.Write(package, description, settings, routes.OpenData, sources, hashesLater: true).Length,
            DescriptorLater = () => DataPackageJson.Write(package, description, settings, routes.OpenData, sources),
        };
    }

    /// <summary>One plan's package; none when the plan has nothing to tabulate.</summary>
    public static DataPackage? OfPlan(SiteFacts facts, SiteRoutes routes, SiteSettings settings, Plan plan)
    {
        var resources = new List<DataResource>();
        void Add(string name, string title, IReadOnlyList<DataField> fields, IEnumerable<string?[]> rows)
        {
            var list = rows.ToList();
            if (list.Count > 0) resources.Add(new(name, title, routes.PlanData(plan, name + ".csv"), fields, list));
        }

        Add("indicators", "Indicators", OpenDataTables.IndicatorFields, OpenDataTables.Indicators(facts, plan));
        Add("actions", "Actions", OpenDataTables.ActionFields, OpenDataTables.Actions(facts, plan));
        Add("risks", "Risks", OpenDataTables.RiskFields, OpenDataTables.Risks(facts, plan));
        Add("budget", "Budget", OpenDataTables.BudgetFields, OpenDataTables.Budget(facts, plan));
        Add("progress", "Progress reports", OpenDataTables.ProgressFields, OpenDataTables.Progress(facts, plan));
        if (resources.Count == 0) return null;

        var council = OpenDataTables.CouncilOf(facts, plan);
        var package = new DataPackage(Slug.Of(plan.Id.Replace('/', '-')), $"{plan.Title} ({council})", plan, routes.PlanData(plan, DescriptorFile), resources) { DescriptorContent = [] };
        var description = $"The figures of {plan.Title}, {council}'s plan for {plan.Period}: "
            + string.Join(", ", resources.Select(r => r.Title.ToLowerInvariant()))
            + ", as the plan prints them, with the numbers read from the figures beside them and the site's judgement of each indicator.";
        return package with { DescriptorContent = DataPackageJson.Write(package, description, settings, routes.Plan(plan), [Source(facts, routes, settings, plan)]) };
    }

    private static DataPackageJson.Source Source(SiteFacts facts, SiteRoutes routes, SiteSettings settings, Plan plan) =>
        new($"{plan.Title}, {OpenDataTables.CouncilOf(facts, plan)}", settings.BaseUrl is null ? null : settings.BaseUrl + routes.Plan(plan).Address);
}
