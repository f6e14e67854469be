using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// The bound site plus everything derived from it, computed once and shared by every page.
/// Keys are the model's own instances (compared by reference), so a lookup never re-hashes a record.
/// </summary>
public sealed class SiteFacts
{
    private SiteFacts(Site site)
    {
        Site = site;
    }

    public Site Site { get; }

    public IReadOnlyDictionary<Indicator, IndicatorAssessment> Indicators { get; private init; } = null!;

    public IReadOnlyDictionary<RiskAssessment, RiskRating> RiskRatings { get; private init; } = null!;

    public IReadOnlyDictionary<Objective, StatusCounts> ObjectiveStatus { get; private init; } = null!;

    public IReadOnlyDictionary<Plan, StatusCounts> PlanStatus { get; private init; } = null!;

    /// <summary>The plans on the site that each plan names as its parents, in the order it names them.</summary>
    public IReadOnlyDictionary<Plan, IReadOnlyList<Plan>> Parents { get; private init; } = null!;

    /// <summary>The plans that name each plan as a parent, in site order.</summary>
    public IReadOnlyDictionary<Plan, IReadOnlyList<Plan>> Children { get; private init; } = null!;

    /// <summary>Where the council stands among every authority, for each indicator with at least two authorities' values that are numbers.</summary>
    public IReadOnlyDictionary<Indicator, AuthorityRanking> Rankings { get; private init; } = null!;

    /// <summary>Each plan's risks in the order they are worth reading (<see cref="RiskRanking"/>).</summary>
    public IReadOnlyDictionary<Plan, IReadOnlyList<Risk>> TopRisks { get; private init; } = null!;

    /// <summary>Each progress report's actions and indicators counted by status, as the report lists them.</summary>
    public IReadOnlyDictionary<ProgressReport, StatusCounts> ProgressCounts { get; private init; } = null!;

    /// <summary>What each plan's references name.</summary>
    public IReadOnlyDictionary<Plan, PlanReferences> References { get; private init; } = null!;

    public IReadOnlyDictionary<string, Organisation> Organisations { get; private init; } = null!;

    /// <summary>Each organisation's plans, by organisation id, in site order.</summary>
    public ILookup<string, Plan> PlansOf { get; private init; } = null!;

    /// <summary>The organisations that have a plan on the site, in site order: the councils the site lists.</summary>
    public IReadOnlyList<Organisation> Councils { get; private init; } = null!;

    /// <summary>Each organisation's statistical neighbours, with the councils on the site they name.</summary>
    public IReadOnlyDictionary<Organisation, IReadOnlyList<Neighbour>> Neighbours { get; private init; } = null!;

    public Comparisons Comparisons { get; private init; } = null!;

    public PlanChain Chain { get; private init; } = null!;

    public static SiteFacts Derive(Site site, DiagnosticBag diagnostics)
    {
        var indicators = new Dictionary<Indicator, IndicatorAssessment>(ReferenceEqualityComparer.Instance);
        var ratings = new Dictionary<RiskAssessment, RiskRating>(ReferenceEqualityComparer.Instance);
        var objectives = new Dictionary<Objective, StatusCounts>(ReferenceEqualityComparer.Instance);
        var plans = new Dictionary<Plan, StatusCounts>(ReferenceEqualityComparer.Instance);
        var topRisks = new Dictionary<Plan, IReadOnlyList<Risk>>(ReferenceEqualityComparer.Instance);
        var progress = new Dictionary<ProgressReport, StatusCounts>(ReferenceEqualityComparer.Instance);
        var references = new Dictionary<Plan, PlanReferences>(ReferenceEqualityComparer.Instance);
        var rankings = new Dictionary<Indicator, AuthorityRanking>(ReferenceEqualityComparer.Instance);
        var organisations = site.Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);

        foreach (var plan in site.Plans)
        {
            foreach (var indicator in plan.Indicators) indicators[indicator] = IndicatorAssessment.Of(indicator);
            var byKey = plan.Indicators.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

            foreach (var risk in plan.RiskRegister?.Risks ?? [])
            {
                foreach (var assessment in new[] { risk.Inherent, risk.Residual })
                {
                    var rating = RiskRating.Of(assessment, plan.RiskScale);
                    if (rating is null || assessment is null) continue;
                    ratings[assessment] = rating;
                    RiskRating.CheckStated(assessment, rating, plan.RiskScale!, diagnostics);
                }
            }

            topRisks[plan] = RiskRanking.Rank(plan.RiskRegister?.Risks ?? [], ratings);
            foreach (var table in plan.Budgets) BudgetCheck.Check(table, diagnostics);
            foreach (var report in plan.ProgressReports)
            {
                ProgressCheck.Check(report, diagnostics);
                progress[report] = StatusCounts.Of(report.Actions.Select(a => ProgressStatusRule.Of(a.Status)).Concat(report.Indicators.Select(i => ProgressStatusRule.Of(i.Status))));
            }

            var council = organisations.GetValueOrDefault(plan.Organisation.Value);
            references[plan] = new PlanReferences(plan, council);
            foreach (var indicator in plan.Indicators)
            {
                if (AuthorityRanking.Of(indicator, council) is { } ranking) rankings[indicator] = ranking;
            }

            var planCounts = StatusCounts.Zero;
            foreach (var objective in plan.Objectives)
            {
                var counts = StatusCounts.Zero;
                foreach (var r in objective.Indicators)
                {
                    if (byKey.TryGetValue(r.Value, out var indicator)) counts += StatusCounts.Of(indicators[indicator].Status);
                }

                foreach (var action in objective.Actions) counts += StatusCounts.Of(ProgressStatusRule.Latest(action));
                objectives[objective] = counts;
                planCounts += counts;
            }

            plans[plan] = planCounts;
        }

        var children = new Dictionary<Plan, IReadOnlyList<Plan>>(ReferenceEqualityComparer.Instance);
        var parents = new Dictionary<Plan, IReadOnlyList<Plan>>(ReferenceEqualityComparer.Instance);
        var plansById = site.Plans.ToDictionary(p => p.Id, StringComparer.Ordinal);
        foreach (var plan in site.Plans)
        {
            children[plan] = site.Plans.Where(c => c.Parents.Any(r => r.Value == plan.Id)).ToList();
            parents[plan] = plan.Parents.Select(r => plansById.GetValueOrDefault(r.Value)).OfType<Plan>().ToList();
        }

        var plansOf = site.Plans.ToLookup(p => p.Organisation.Value, StringComparer.Ordinal);
        var councils = site.Organisations.Where(o => plansOf.Contains(o.Id)).ToList();
        return new SiteFacts(site)
        {
            Rankings = rankings,
            TopRisks = topRisks,
            ProgressCounts = progress,
            References = references,
            Organisations = organisations,
            PlansOf = plansOf,
            Councils = councils,
            Neighbours = Derivation.Neighbours.Of(site.Organisations, councils),
            Comparisons = new Comparisons(site),
            Chain = new PlanChain(site.Plans),
            Indicators = indicators,
            RiskRatings = ratings,
            ObjectiveStatus = objectives,
            PlanStatus = plans,
            Parents = parents,
            Children = children,
        };
    }

    /// <summary>The council a plan belongs to; null when it names one the site does not have (already reported).</summary>
    public Organisation? OrganisationOf(Plan plan) => References[plan].Organisation;
}
