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

    public IReadOnlyDictionary<Plan, IReadOnlyList<Plan>> Children { get; private init; } = null!;

    public static SiteFacts Derive(Site site, DiagnosticBag diagnostics)
    {
        var indicators = new Dictionary<Indicator, IndicatorAssessment>(ReferenceEqualityComparer.Instance);
        var ratings = new Dictionary<RiskAssessment, RiskRating>(ReferenceEqualityComparer.Instance);
        var objectives = new Dictionary<Objective, StatusCounts>(ReferenceEqualityComparer.Instance);
        var plans = new Dictionary<Plan, StatusCounts>(ReferenceEqualityComparer.Instance);

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

            foreach (var table in plan.Budgets) BudgetCheck.Check(table, diagnostics);
            foreach (var report in plan.ProgressReports) ProgressCheck.Check(report, diagnostics);

            var planCounts = StatusCounts.Zero;
            foreach (var objective in plan.Objectives)
            {
                var counts = StatusCounts.Zero;
                foreach (var r in objective.Indicators)
                {
                    if (byKey.TryGetValue(r.Value, out var indicator)) counts += Count(indicators[indicator].Result);
                }

                foreach (var action in objective.Actions) counts += Count(action.Progress.LastOrDefault()?.Status);
                objectives[objective] = counts;
                planCounts += counts;
            }

            plans[plan] = planCounts;
        }

        var children = new Dictionary<Plan, IReadOnlyList<Plan>>(ReferenceEqualityComparer.Instance);
        foreach (var plan in site.Plans)
        {
            children[plan] = site.Plans.Where(c => c.Parents.Any(r => r.Value == plan.Id)).ToList();
        }

        return new SiteFacts(site)
        {
            Indicators = indicators,
            RiskRatings = ratings,
            ObjectiveStatus = objectives,
            PlanStatus = plans,
            Children = children,
        };
    }

    private static StatusCounts Count(TargetResult result) => result switch
    {
        TargetResult.Met => new StatusCounts(1, 0, 0, 0),
        TargetResult.NotMet => new StatusCounts(0, 0, 1, 0),
        _ => new StatusCounts(0, 0, 0, 1),
    };

    private static StatusCounts Count(RagStatus? status) => status switch
    {
        RagStatus.Green or RagStatus.Complete => new StatusCounts(1, 0, 0, 0),
        RagStatus.Amber => new StatusCounts(0, 1, 0, 0),
        RagStatus.Red => new StatusCounts(0, 0, 1, 0),
        _ => new StatusCounts(0, 0, 0, 1),
    };
}
