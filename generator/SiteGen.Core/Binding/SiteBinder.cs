using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Model;
using SiteGen.Parsing;

namespace SiteGen.Binding;

/// <summary>
/// Binds parsed files into the model: first the things plans refer to (organisations, frameworks,
/// definitions), then each plan with the files in its folder, then every cross-reference is checked.
/// Problems are collected; what is valid is still bound. The three steps are separate so a caller can
/// bind each plan as soon as its files are parsed and let their nodes go (see <c>PlanLoader</c>).
/// </summary>
public static class SiteBinder
{
    /// <summary>Binds the files that belong to no plan; plan files among <paramref name="files"/> are passed over.</summary>
    public static SharedContent BindShared(IReadOnlyList<ParsedFile> files, DiagnosticBag diagnostics)
    {
        Placeholders.Report(files, diagnostics);
        // The shared files' texts may be given in more than one language, as a plan's are; gathered the same way.
        using var collecting = PlanTextCollector.Collect(out var texts);
        var ofKind = files.ToLookup(f => f.File.Kind);
        var organisations = ofKind[ContentFileKind.Organisation].Select(f => OrganisationBinder.Bind(f, diagnostics)).OfType<Organisation>().ToList();
        var frameworks = ofKind[ContentFileKind.Framework].Select(f => FrameworkBinder.Bind(f, diagnostics)).OfType<OutcomeFramework>().ToList();
        var definitionSets = ofKind[ContentFileKind.DefinitionSet].Select(f => DefinitionSetBinder.Bind(f, diagnostics)).OfType<DefinitionSet>().ToList();
        var pages = NarrativeTranslations.Attach(ofKind[ContentFileKind.Page].Select(f => NarrativeBinder.Bind(f, diagnostics)).OfType<NarrativeSection>().ToList());

        var allDefinitions = definitionSets.SelectMany(s => s.Definitions).ToList();
        Uniqueness.Check(allDefinitions, d => d.Reference, d => d.Location, "the indicator definition", diagnostics);
        var definitions = allDefinitions.GroupBy(d => d.Reference, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new SharedContent(organisations, frameworks, definitionSets, pages, definitions)
        {
            DefinitionsIncomplete = ofKind[ContentFileKind.DefinitionSet].Any(f => f.Root is null),
            Texts = texts,
        };
    }

    /// <summary>
    /// Binds one plan from the files of its folder (one of <see cref="PlanFolders.Of"/>). It reads nothing
    /// but those files and <paramref name="shared"/>, so a plan can be bound as soon as its own files are parsed.
    /// </summary>
    public static Plan? BindPlan(IReadOnlyList<ParsedFile> files, SharedContent shared, DiagnosticBag diagnostics)
    {
        var planFile = files.FirstOrDefault(f => f.File.Kind == ContentFileKind.Plan);
        if (planFile is null)
        {
            var first = files[0].File;
            diagnostics.Report(DiagnosticCatalog.FileNotFound, SourceLocation.StartOf(first.Path), $"content/plans/{first.PlanId}/plan.yml", "every plan folder needs a plan.yml: add one (sitegen new plan writes it), or move these files into the folder of the plan they belong to");
            return null;
        }

        Placeholders.Report(files, diagnostics);
        using var collecting = PlanTextCollector.Collect(out var texts);
        var plan = PlanBinder.Bind(planFile, diagnostics);
        if (plan is null) return null;

        var context = new PlanContext(plan, shared.Definitions) { DefinitionsIncomplete = shared.DefinitionsIncomplete };
        var ofKind = files.ToLookup(f => f.File.Kind);
        var registers = ofKind[ContentFileKind.RiskRegister].Select(f => RiskBinder.Bind(f, context, diagnostics)).OfType<RiskRegister>().ToList();
        plan = plan with
        {
            Objectives = ofKind[ContentFileKind.Objective].Select(f => ObjectiveBinder.Bind(f, diagnostics)).OfType<Objective>().ToList(),
            Indicators = ofKind[ContentFileKind.IndicatorList].SelectMany(f => IndicatorBinder.Bind(f, context, diagnostics)).ToList(),
            RiskRegister = registers.FirstOrDefault(),
            Budgets = ofKind[ContentFileKind.Budget].SelectMany(f => BudgetBinder.Bind(f, diagnostics)).ToList(),
            Inspections = ofKind[ContentFileKind.Inspections].SelectMany(f => InspectionBinder.Bind(f, diagnostics)).ToList(),
            Projects = ofKind[ContentFileKind.Projects].SelectMany(f => ProjectBinder.Bind(f, diagnostics)).ToList(),
            Tables = ofKind[ContentFileKind.Table].Select(f => TableBinder.Bind(f, diagnostics)).OfType<DataTable>().ToList(),
            ProgressReports = ofKind[ContentFileKind.ProgressReport].Select(f => ProgressBinder.Bind(f, diagnostics)).OfType<ProgressReport>().OrderBy(r => r.Period).ToList(),
            // A section's translation is a file beside it (sections/01-intro.cy.md), as a Markdown page's is.
            Sections = NarrativeTranslations.Attach(ofKind[ContentFileKind.Section].Select(f => NarrativeBinder.Bind(f, diagnostics)).OfType<NarrativeSection>().ToList()),
            Unreadable = Unreadable(files),
        };
        return plan with { Texts = texts };
    }

    private static UnreadableParts Unreadable(IReadOnlyList<ParsedFile> files)
    {
        var parts = UnreadableParts.None;
        foreach (var file in files.Where(f => f.Root is null))
        {
            parts |= file.File.Kind switch
            {
                ContentFileKind.IndicatorList => UnreadableParts.Indicators,
                ContentFileKind.Objective => UnreadableParts.Objectives,
                ContentFileKind.RiskRegister => UnreadableParts.Risks,
                _ => UnreadableParts.None,
            };
        }

        return parts;
    }

    /// <summary>Puts the site together and checks every reference between its parts; <paramref name="plans"/> in plan id order.</summary>
    /// <param name="checks">For <c>sitegen serve</c>: each plan's reference check, kept and reused while what it reads is unchanged (<see cref="PlanChecks"/>).</param>
    public static Site Complete(SharedContent shared, IReadOnlyList<Plan> plans, DeclaredIds declared, IReadOnlySet<string> contentPaths, DiagnosticBag diagnostics, PlanChecks? checks = null)
    {
        var site = new Site(shared.Organisations, shared.Frameworks, shared.DefinitionSets, plans, shared.Pages) { SharedTexts = shared.Texts };
        ReferenceChecker.Check(site, declared, diagnostics, checks);
        checks?.Complete();
        FileReferenceChecker.Check(site, contentPaths, diagnostics);
        return site;
    }
}
