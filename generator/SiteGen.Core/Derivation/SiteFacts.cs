using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// The bound site plus everything derived from it, computed once and shared by every page.
/// Keys are the model's own instances (compared by reference), so a lookup never re-hashes a record.
/// </summary>
/// <remarks>
/// Every table here notes what a page reads of it (<see cref="ModelReads"/>, <see cref="Recorded{TKey, TValue}"/>): a plan's
/// facts the plan, a council's plans their list and each of them, the councils and neighbours the list of councils; going
/// through a whole table reads every plan. <see cref="FactKeys.Changed"/> says which of those keys an edit changed.
/// </remarks>
public sealed class SiteFacts
{
    private SiteFacts(Site site)
    {
        Site = site;
    }

    public Site Site { get; }

    public IReadOnlyDictionary<Indicator, IndicatorAssessment> Indicators { get; private init; } = null!;

    public IReadOnlyDictionary<RiskAssessment, RiskRating> RiskRatings { get; private init; } = null!;

    /// <summary>What the site judges of each indicator, with its working, and the headline the roll-ups count.</summary>
    public IReadOnlyDictionary<Indicator, IndicatorJudgement> Judgements { get; private init; } = null!;

    /// <summary>Each action's headline: the latest status the council reported for it, or that none was.</summary>
    public IReadOnlyDictionary<PlanAction, Standing> ActionStandings { get; private init; } = null!;

    /// <summary>Each objective's main indicators and actions counted by their headline standing.</summary>
    public IReadOnlyDictionary<Objective, RollUp> ObjectiveRollUps { get; private init; } = null!;

    /// <summary>Each plan's indicators (each once) and actions counted by their headline standing.</summary>
    public IReadOnlyDictionary<Plan, RollUp> PlanRollUps { get; private init; } = null!;

    /// <summary>Each council's plans' roll-ups added up.</summary>
    public IReadOnlyDictionary<Organisation, RollUp> CouncilRollUps { get; private init; } = null!;

    /// <summary>The thresholds the judgements were made with (site.yml's <c>judgements:</c>), for the page that explains them.</summary>
    public JudgementSettings Thresholds { get; private init; } = JudgementSettings.Default;

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

    /// <summary>Each progress report's listed actions and indicators counted by status, by SiteGen; shown only for a kind the report prints no counts of (<see cref="PrintedCounts"/>).</summary>
    public IReadOnlyDictionary<ProgressReport, (StatusCounts Actions, StatusCounts Indicators)> ListedCounts { get; private init; } = null!;

    /// <summary>Each progress report's own overall counts, as printed.</summary>
    public IReadOnlyDictionary<ProgressReport, IReadOnlyList<PrintedCounts>> PrintedCounts { get; private init; } = null!;

    /// <summary>What each plan's references name.</summary>
    public IReadOnlyDictionary<Plan, PlanReferences> References { get; private init; } = null!;

    public IReadOnlyDictionary<string, Organisation> Organisations { get; private init; } = null!;

    /// <summary>Each organisation's plans, by organisation id, in site order.</summary>
    public ILookup<string, Plan> PlansOf { get; private init; } = null!;

    /// <summary>The organisations that have a plan on the site, in site order: the councils the site lists.</summary>
    public IReadOnlyList<Organisation> Councils
    {
        get
        {
            ModelReads.Note(FactKeys.Councils);
            return _councils;
        }

        private init => _councils = value;
    }

    private readonly IReadOnlyList<Organisation> _councils = null!;

    private IReadOnlyDictionary<Plan, PlanReferences> _references = null!;

    /// <summary>Each organisation's statistical neighbours, with the councils on the site they name.</summary>
    public IReadOnlyDictionary<Organisation, IReadOnlyList<Neighbour>> Neighbours { get; private init; } = null!;

    public Comparisons Comparisons { get; private init; } = null!;

    public PlanChain Chain { get; private init; } = null!;

    /// <summary>What was derived of each plan alone, for the next build of <c>sitegen serve</c> to reuse.</summary>
    internal IReadOnlyDictionary<Plan, PlanFacts> OfPlan { get; private init; } = null!;

    /// <param name="thresholds">site.yml's <c>judgements:</c>; the defaults when not given.</param>
    /// <param name="reuse">For <c>sitegen serve</c>: what the previous build derived of a plan, when it may be reused (<see cref="PlanFacts.Fits"/> is checked here too); null to derive every plan.</param>
    public static SiteFacts Derive(Site site, DiagnosticBag diagnostics, JudgementSettings? thresholds = null, SiteFacts? reuse = null)
    {
        thresholds ??= JudgementSettings.Default;
        var judgements = new Dictionary<Indicator, IndicatorJudgement>(ReferenceEqualityComparer.Instance);
        var actionStandings = new Dictionary<PlanAction, Standing>(ReferenceEqualityComparer.Instance);
        var objectiveRollUps = new Dictionary<Objective, RollUp>(ReferenceEqualityComparer.Instance);
        var planRollUps = new Dictionary<Plan, RollUp>(ReferenceEqualityComparer.Instance);
        var printed = new Dictionary<ProgressReport, IReadOnlyList<PrintedCounts>>(ReferenceEqualityComparer.Instance);
        var indicators = new Dictionary<Indicator, IndicatorAssessment>(ReferenceEqualityComparer.Instance);
        var ratings = new Dictionary<RiskAssessment, RiskRating>(ReferenceEqualityComparer.Instance);
        var objectives = new Dictionary<Objective, StatusCounts>(ReferenceEqualityComparer.Instance);
        var plans = new Dictionary<Plan, StatusCounts>(ReferenceEqualityComparer.Instance);
        var topRisks = new Dictionary<Plan, IReadOnlyList<Risk>>(ReferenceEqualityComparer.Instance);
        var listed = new Dictionary<ProgressReport, (StatusCounts, StatusCounts)>(ReferenceEqualityComparer.Instance);
        var references = new Dictionary<Plan, PlanReferences>(ReferenceEqualityComparer.Instance);
        var rankings = new Dictionary<Indicator, AuthorityRanking>(ReferenceEqualityComparer.Instance);
        var ofPlan = new Dictionary<Plan, PlanFacts>(ReferenceEqualityComparer.Instance);
        var organisations = site.Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);

        // Each plan's facts read the plan, its council and the thresholds only, so plans are derived on every core.
        var derived = EveryCore.Map(site.Plans, plan =>
        {
            var council = organisations.GetValueOrDefault(plan.Organisation.Value);
            return reuse?.OfPlan.GetValueOrDefault(plan) is { } before && before.Fits(plan, council, thresholds) ? before : PlanFacts.Derive(plan, council, thresholds);
        });
        foreach (var facts in derived)
        {
            var plan = facts.Plan;
            ofPlan[plan] = facts;
            foreach (var diagnostic in facts.Diagnostics) diagnostics.Add(diagnostic);
            Copy(facts.Indicators, indicators);
            Copy(facts.Ratings, ratings);
            topRisks[plan] = facts.TopRisks;
            Copy(facts.Listed, listed);
            Copy(facts.Printed, printed);
            references[plan] = facts.References;
            Copy(facts.Rankings, rankings);
            Copy(facts.Judgements, judgements);
            Copy(facts.ActionStandings, actionStandings);
            Copy(facts.ObjectiveRollUps, objectiveRollUps);
            foreach (var (objective, rollUp) in facts.ObjectiveRollUps) objectives[objective] = rollUp.Status;
            planRollUps[plan] = facts.RollUp;
            plans[plan] = facts.RollUp.Status;
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
        static void ThePlan(Plan plan) => ModelReads.NotePlan(plan.Id);
        void CouncilsPlans(Organisation council)
        {
            ModelReads.Note(FactKeys.PlansOf(council.Id));
            foreach (var plan in plansOf[council.Id]) ThePlan(plan);
        }

        return new SiteFacts(site)
        {
            Rankings = new Recorded<Indicator, AuthorityRanking>(rankings),
            TopRisks = new Recorded<Plan, IReadOnlyList<Risk>>(topRisks, ThePlan),
            ListedCounts = new Recorded<ProgressReport, (StatusCounts, StatusCounts)>(listed),
            PrintedCounts = new Recorded<ProgressReport, IReadOnlyList<PrintedCounts>>(printed),
            Judgements = new Recorded<Indicator, IndicatorJudgement>(judgements),
            ActionStandings = new Recorded<PlanAction, Standing>(actionStandings),
            ObjectiveRollUps = new Recorded<Objective, RollUp>(objectiveRollUps),
            PlanRollUps = new Recorded<Plan, RollUp>(planRollUps, ThePlan),
            CouncilRollUps = new Recorded<Organisation, RollUp>(councils.ToDictionary(c => c, c => plansOf[c.Id].Aggregate(RollUp.Zero, (sum, p) => sum + planRollUps[p]), (IEqualityComparer<Organisation>)ReferenceEqualityComparer.Instance), CouncilsPlans),
            Thresholds = thresholds,
            References = new Recorded<Plan, PlanReferences>(references, ThePlan),
            _references = references,
            Organisations = organisations,
            PlansOf = new RecordedPlansOf(plansOf),
            Councils = councils,
            Neighbours = new Recorded<Organisation, IReadOnlyList<Neighbour>>(Derivation.Neighbours.Of(site.Organisations, councils), _ => ModelReads.Note(FactKeys.Councils)),
            Comparisons = new Comparisons(site),
            Chain = new PlanChain(site.Plans),
            Indicators = new Recorded<Indicator, IndicatorAssessment>(indicators),
            RiskRatings = new Recorded<RiskAssessment, RiskRating>(ratings),
            ObjectiveStatus = new Recorded<Objective, StatusCounts>(objectives),
            PlanStatus = new Recorded<Plan, StatusCounts>(plans, ThePlan),
            Parents = new Recorded<Plan, IReadOnlyList<Plan>>(parents, p => Linked(FactKeys.Parents(p.Id), p, parents.GetValueOrDefault(p) ?? [])),
            Children = new Recorded<Plan, IReadOnlyList<Plan>>(children, p => Linked(FactKeys.Children(p.Id), p, children.GetValueOrDefault(p) ?? [])),
            OfPlan = ofPlan,
        };
    }

    /// <summary>Notes that a page read which plans a plan is linked to (<paramref name="list"/>), the plan and each plan linked.</summary>
    private static void Linked(string list, Plan plan, IReadOnlyList<Plan> linked)
    {
        ModelReads.Note(list);
        ModelReads.NotePlan(plan.Id);
        foreach (var other in linked) ModelReads.NotePlan(other.Id);
    }

    private static void Copy<TKey, TValue>(Dictionary<TKey, TValue> from, Dictionary<TKey, TValue> into)
        where TKey : notnull
    {
        foreach (var (key, value) in from) into[key] = value;
    }

    /// <summary>The council a plan belongs to; null when it names one the site does not have (already reported).</summary>
    /// <remarks>Reads the plan's council only (the organisations are read by every page), so it notes no plan.</remarks>
    public Organisation? OrganisationOf(Plan plan) => _references[plan].Organisation;
}
