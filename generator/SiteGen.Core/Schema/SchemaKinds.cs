using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Schema;

/// <summary>Every YAML file kind with its binder. Markdown sections and pages are left out: editors do not check front matter against a schema.</summary>
public static class SchemaKinds
{
    public static IReadOnlyList<SchemaKind> All { get; } =
    [
        new("site", null, "site.yml", "The site's settings: its title, address, theme, search and judgement thresholds.", (n, d) => SettingsLoader.Bind(n, "site.yml", Path.GetFullPath("site.yml"), null, d)),
        new("organisation", ContentFileKind.Organisation, "A council", "A council or other organisation that publishes plans: content/organisations/<id>.yml.", (n, d) => OrganisationBinder.Bind(File(n, ContentFileKind.Organisation), d)),
        new("framework", ContentFileKind.Framework, "An outcome framework", "An outcome framework that plans report against, such as Every Child Matters: content/frameworks/<id>.yml.", (n, d) => FrameworkBinder.Bind(File(n, ContentFileKind.Framework), d)),
        new("definitions", ContentFileKind.DefinitionSet, "Shared indicator definitions", "Indicator definitions shared by every council, such as the National Indicator Set: content/definitions/<id>.yml.", (n, d) => DefinitionSetBinder.Bind(File(n, ContentFileKind.DefinitionSet), d)),
        new("plan", ContentFileKind.Plan, "A plan", "The plan itself: content/plans/<organisation>/<plan>/plan.yml.", (n, d) => PlanBinder.Bind(File(n, ContentFileKind.Plan), d)),
        new("objective", ContentFileKind.Objective, "An objective", "One objective (priority, outcome) of a plan and its actions: objectives/<id>.yml in the plan's folder.", (n, d) => ObjectiveBinder.Bind(File(n, ContentFileKind.Objective), d)),
        new("indicators", ContentFileKind.IndicatorList, "Indicators", "A plan's performance indicators with their values, targets and comparators: indicators/<name>.yml in the plan's folder.", (n, d) => IndicatorBinder.Bind(File(n, ContentFileKind.IndicatorList), Context(), d)),
        new("risks", ContentFileKind.RiskRegister, "A risk register", "The plan's risk register: risks.yml in the plan's folder.", (n, d) => RiskBinder.Bind(File(n, ContentFileKind.RiskRegister), Context(), d)),
        new("budget", ContentFileKind.Budget, "A budget", "The plan's budgets: budget.yml in the plan's folder.", (n, d) => BudgetBinder.Bind(File(n, ContentFileKind.Budget), d)),
        new("inspections", ContentFileKind.Inspections, "Inspections", "Inspection gradings: inspections.yml in the plan's folder.", (n, d) => InspectionBinder.Bind(File(n, ContentFileKind.Inspections), d)),
        new("projects", ContentFileKind.Projects, "Projects", "The plan's projects: projects.yml in the plan's folder.", (n, d) => ProjectBinder.Bind(File(n, ContentFileKind.Projects), d)),
        new("table", ContentFileKind.Table, "A table", "A table of figures printed in the plan: tables/<id>.yml in the plan's folder.", (n, d) => TableBinder.Bind(File(n, ContentFileKind.Table), d)),
        new("progress", ContentFileKind.ProgressReport, "A progress report", "A progress report for one period: progress/<id>.yml in the plan's folder.", (n, d) => ProgressBinder.Bind(File(n, ContentFileKind.ProgressReport), d)),
    ];

    /// <summary>The schema for a kind of content file, or null for Markdown and assets.</summary>
    public static SchemaKind? For(ContentFileKind kind) => All.FirstOrDefault(k => k.Kind == kind);

    private static ParsedFile File(YNode node, ContentFileKind kind) =>
        new(new ContentFile("probe.yml", "probe.yml", kind, "probe", "probe/probe"), node, null);

    /// <summary>A plan for the binders that read against one; which plan does not matter, since binders read every key whatever its values.</summary>
    private static PlanContext Context()
    {
        var diagnostics = new DiagnosticBag();
        var node = YamlNodeParser.Parse("title: Probe\norganisation: probe\nkind: plan\nperiod: 2009/10\nstatus: draft\n", "plan.yml", diagnostics);
        var plan = PlanBinder.Bind(File(node!, ContentFileKind.Plan), diagnostics) ?? throw new InvalidOperationException("The probe plan did not bind.");
        return new PlanContext(plan, new Dictionary<string, IndicatorDefinition>());
    }
}
