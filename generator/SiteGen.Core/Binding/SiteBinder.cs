using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Model;
using SiteGen.Parsing;

namespace SiteGen.Binding;

/// <summary>
/// Binds every parsed file into the model: first the things plans refer to (organisations,
/// frameworks, definitions), then each plan with the files in its folder, then every
/// cross-reference is checked. Problems are collected; what is valid is still bound.
/// </summary>
public static class SiteBinder
{
    public static Site Bind(IReadOnlyList<ParsedFile> files, IReadOnlySet<string> contentPaths, DiagnosticBag diagnostics)
    {
        var ofKind = files.ToLookup(f => f.File.Kind);
        var organisations = ofKind[ContentFileKind.Organisation].Select(f => OrganisationBinder.Bind(f, diagnostics)).OfType<Organisation>().ToList();
        var frameworks = ofKind[ContentFileKind.Framework].Select(f => FrameworkBinder.Bind(f, diagnostics)).OfType<OutcomeFramework>().ToList();
        var definitionSets = ofKind[ContentFileKind.DefinitionSet].Select(f => DefinitionSetBinder.Bind(f, diagnostics)).OfType<DefinitionSet>().ToList();
        var pages = ofKind[ContentFileKind.Page].Select(f => NarrativeBinder.Bind(f, diagnostics)).OfType<NarrativeSection>().ToList();

        var allDefinitions = definitionSets.SelectMany(s => s.Definitions).ToList();
        Uniqueness.Check(allDefinitions, d => d.Reference, d => d.Location, "the indicator definition", diagnostics);
        var definitions = allDefinitions.GroupBy(d => d.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        var plans = new List<Plan>();
        foreach (var planFiles in files.Where(f => f.File.PlanId is not null).GroupBy(f => f.File.PlanId!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var plan = BindPlan(planFiles.ToList(), definitions, diagnostics);
            if (plan is not null) plans.Add(plan);
        }

        var site = new Site(organisations, frameworks, definitionSets, plans, pages);
        var declared = new DeclaredIds(
            ofKind[ContentFileKind.Organisation].Select(f => f.File.Name).ToHashSet(StringComparer.Ordinal),
            ofKind[ContentFileKind.Framework].Select(f => f.File.Name).ToHashSet(StringComparer.Ordinal),
            files.Select(f => f.File.PlanId).OfType<string>().ToHashSet(StringComparer.Ordinal));
        ReferenceChecker.Check(site, declared, diagnostics);
        FileReferenceChecker.Check(site, contentPaths, diagnostics);
        return site;
    }

    private static Plan? BindPlan(IReadOnlyList<ParsedFile> files, IReadOnlyDictionary<string, IndicatorDefinition> definitions, DiagnosticBag diagnostics)
    {
        var planFile = files.FirstOrDefault(f => f.File.Kind == ContentFileKind.Plan);
        if (planFile is null)
        {
            var first = files[0].File;
            diagnostics.Report(DiagnosticCatalog.FileNotFound, SourceLocation.StartOf(first.Path), $"content/plans/{first.PlanId}/plan.yml' (every plan folder needs one");
            return null;
        }

        var plan = PlanBinder.Bind(planFile, diagnostics);
        if (plan is null) return null;

        var context = new PlanContext(plan, definitions);
        var ofKind = files.ToLookup(f => f.File.Kind);
        var registers = ofKind[ContentFileKind.RiskRegister].Select(f => RiskBinder.Bind(f, context, diagnostics)).OfType<RiskRegister>().ToList();
        return plan with
        {
            Objectives = ofKind[ContentFileKind.Objective].Select(f => ObjectiveBinder.Bind(f, diagnostics)).OfType<Objective>().ToList(),
            Indicators = ofKind[ContentFileKind.IndicatorList].SelectMany(f => IndicatorBinder.Bind(f, context, diagnostics)).ToList(),
            RiskRegister = registers.FirstOrDefault(),
            Budgets = ofKind[ContentFileKind.Budget].SelectMany(f => BudgetBinder.Bind(f, diagnostics)).ToList(),
            Inspections = ofKind[ContentFileKind.Inspections].SelectMany(f => InspectionBinder.Bind(f, diagnostics)).ToList(),
            Projects = ofKind[ContentFileKind.Projects].SelectMany(f => ProjectBinder.Bind(f, diagnostics)).ToList(),
            Tables = ofKind[ContentFileKind.Table].Select(f => TableBinder.Bind(f, diagnostics)).OfType<DataTable>().ToList(),
            ProgressReports = ofKind[ContentFileKind.ProgressReport].Select(f => ProgressBinder.Bind(f, diagnostics)).OfType<ProgressReport>().OrderBy(r => r.Period).ToList(),
            Sections = ofKind[ContentFileKind.Section].Select(f => NarrativeBinder.Bind(f, diagnostics)).OfType<NarrativeSection>().ToList(),
        };
    }
}
