using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// What is derived from one plan alone (with its council and the site's thresholds): its indicators'
/// assessments and judgements, its actions' standings, roll-ups, risk ratings, counts, and the problems found
/// on the way. <c>sitegen serve</c> keeps these for a plan an edit did not touch, so an edit re-derives the
/// plans it reached and only the site-wide facts (comparisons, the plan chain, neighbours) for the rest.
/// </summary>
/// <param name="Council">The organisation the facts were derived with; reused only while it is the same instance.</param>
internal sealed class PlanFacts(Plan plan, Organisation? council, JudgementSettings thresholds)
{
    public Plan Plan => plan;

    public Organisation? Council => council;

    public JudgementSettings Thresholds => thresholds;

    public List<Diagnostic> Diagnostics { get; } = [];

    public Dictionary<Indicator, IndicatorAssessment> Indicators { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<RiskAssessment, RiskRating> Ratings { get; } = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<Risk> TopRisks { get; set; } = [];

    public Dictionary<ProgressReport, (StatusCounts, StatusCounts)> Listed { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<ProgressReport, IReadOnlyList<PrintedCounts>> Printed { get; } = new(ReferenceEqualityComparer.Instance);

    public PlanReferences References { get; set; } = null!;

    public Dictionary<Indicator, AuthorityRanking> Rankings { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<Indicator, IndicatorJudgement> Judgements { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<PlanAction, Standing> ActionStandings { get; } = new(ReferenceEqualityComparer.Instance);

    public Dictionary<Objective, RollUp> ObjectiveRollUps { get; } = new(ReferenceEqualityComparer.Instance);

    public RollUp RollUp { get; set; } = RollUp.Zero;

    /// <summary>Whether these facts hold for <paramref name="now"/>, with <paramref name="councilNow"/> and <paramref name="thresholdsNow"/>: the very same plan and council, and equal thresholds.</summary>
    public bool Fits(Plan now, Organisation? councilNow, JudgementSettings thresholdsNow) =>
        ReferenceEquals(plan, now) && ReferenceEquals(council, councilNow) && thresholds == thresholdsNow;

    public static PlanFacts Derive(Plan plan, Organisation? council, JudgementSettings thresholds)
    {
        var facts = new PlanFacts(plan, council, thresholds);
        var diagnostics = new DiagnosticBag();
        foreach (var indicator in plan.Indicators) facts.Indicators[indicator] = IndicatorAssessment.Of(indicator);
        var byKey = plan.Indicators.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

        foreach (var risk in plan.RiskRegister?.Risks ?? [])
        {
            foreach (var assessment in new[] { risk.Inherent, risk.Residual })
            {
                var rating = RiskRating.Of(assessment, plan.RiskScale);
                if (rating is null || assessment is null) continue;
                facts.Ratings[assessment] = rating;
                RiskRating.CheckStated(assessment, rating, plan.RiskScale!, diagnostics);
            }
        }

        facts.TopRisks = RiskRanking.Rank(plan.RiskRegister?.Risks ?? [], facts.Ratings);
        foreach (var table in plan.Budgets) BudgetCheck.Check(table, diagnostics);
        foreach (var report in plan.ProgressReports)
        {
            ProgressCheck.Check(report, diagnostics);
            facts.Listed[report] = (StatusCounts.Of(report.Actions.Select(a => ProgressStatusRule.Of(a.Status))), StatusCounts.Of(report.Indicators.Select(i => ProgressStatusRule.Of(i.Status))));
            facts.Printed[report] = Derivation.PrintedCounts.In(report);
        }

        facts.References = new PlanReferences(plan, council);
        foreach (var indicator in plan.Indicators)
        {
            if (AuthorityRanking.Of(indicator, council) is { } ranking) facts.Rankings[indicator] = ranking;
        }

        var reported = ReportedStatuses.Of(plan, byKey);
        var planRollUp = RollUp.Zero;
        foreach (var indicator in plan.Indicators)
        {
            var judgement = Judge(indicator, facts.Indicators[indicator], facts.Rankings.GetValueOrDefault(indicator), reported.Indicators.GetValueOrDefault(indicator), plan, thresholds);
            CouncilVerdicts.Check(indicator, judgement.CouncilVerdicts, diagnostics);
            facts.Judgements[indicator] = judgement;
            planRollUp += new RollUp(KindCounts.Of(judgement.Standing), KindCounts.Zero);
        }

        foreach (var action in plan.Objectives.SelectMany(o => o.Actions))
        {
            var standing = Standing.OfAction(reported.Actions.GetValueOrDefault(action));
            facts.ActionStandings[action] = standing;
            planRollUp += new RollUp(KindCounts.Zero, KindCounts.Of(standing));
        }

        foreach (var objective in plan.Objectives)
        {
            var rollUp = RollUp.Zero;
            foreach (var r in objective.Indicators)
            {
                if (byKey.TryGetValue(r.Value, out var indicator)) rollUp += new RollUp(KindCounts.Of(facts.Judgements[indicator].Standing), KindCounts.Zero);
            }

            foreach (var action in objective.Actions) rollUp += new RollUp(KindCounts.Zero, KindCounts.Of(facts.ActionStandings[action]));
            facts.ObjectiveRollUps[objective] = rollUp;
        }

        facts.RollUp = planRollUp;
        facts.Diagnostics.AddRange(diagnostics.Sorted());
        return facts;
    }

    private static IndicatorJudgement Judge(Indicator indicator, IndicatorAssessment assessment, AuthorityRanking? ranking, ReportedStatus? reported, Plan plan, JudgementSettings thresholds)
    {
        var pace = TargetProgress.Of(indicator, assessment.Series, thresholds);
        var positions = IndicatorPositions.Of(indicator, assessment.Series, ranking, plan.BandingScales, thresholds);
        var verdicts = Derivation.CouncilVerdicts.Of(indicator);
        return new IndicatorJudgement(pace, positions, verdicts, reported, Standing.OfIndicator(reported, pace, assessment.Result));
    }
}
