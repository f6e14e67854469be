namespace SiteGen.ViewModels;

// What the site judges of indicators and actions, and the roll-ups that count them: worked out by SiteGen,
// each with the figures it was worked out from, so the theme can show the working and link to the page that
// explains the method (MethodHref, with an anchor per category the theme names after the enum member).

/// <summary>The site's judgement of an indicator, from its figures (see "How we judge progress").</summary>
public enum ProgressJudgement
{
    TargetMet,
    OnCourse,
    NotFastEnough,
    LittleProgress,
    WrongWay,
    MissedTarget,
    NotJudged,
}

/// <summary>Why the site makes no judgement.</summary>
public enum NotJudgedReason
{
    NoResult,
    NotANumber,
    NoDirection,
    NoTarget,
    OneResult,
    NotReported,
}

/// <summary>Better, similar or worse than a comparator, by the indicator's polarity.</summary>
public enum Position
{
    Better,
    Similar,
    Worse,
}

/// <summary>Where a headline status comes from.</summary>
public enum StandingBasis
{
    /// <summary>The council's latest reported status.</summary>
    Reported,

    /// <summary>The site's judgement of the pace towards the next target.</summary>
    Pace,

    /// <summary>The site's comparison of a result with the target for its own period.</summary>
    SamePeriod,

    /// <summary>Nothing reported, nothing to judge.</summary>
    None,
}

/// <summary>Which of the plan's own verdict columns a printed mark is in.</summary>
public enum VerdictOn
{
    Target,
    Improvement,
}

/// <summary>How the site reads a printed mark.</summary>
public enum VerdictReading
{
    Yes,
    No,
    Unchanged,
    Unread,
}

/// <summary>What a report's printed counts count.</summary>
public enum CountsOf
{
    Actions,
    Indicators,
    Items,
}

/// <summary>
/// What a reader is told first about an indicator or action: the council's reported status where there is
/// one (<see cref="Reported"/>), otherwise the site's <see cref="Judgement"/>, otherwise <see cref="Reason"/>.
/// </summary>
/// <param name="Status">The same in the four ways of the status shapes and charts.</param>
/// <param name="MethodHref">The "How we judge progress" page, relative to the page showing this.</param>
public sealed record StandingView(StandingBasis Basis, ProgressJudgement Judgement, NotJudgedReason? Reason, ReportedView? Reported, ProgressStatus Status, string MethodHref);

/// <summary>The latest status the council reported, with when; <see cref="Href"/> leads to the progress report (none for a plan's own progress entry).</summary>
public sealed record ReportedView(RagStatus Status, string Period, DateValue? Date, string? ReportTitle, string? Href, string? Commentary);

/// <summary>
/// Progress towards the next target, with its working: the change per year needed from <see cref="Latest"/>
/// to reach <see cref="Target"/> on time, against the change per year from <see cref="From"/> to <see cref="Latest"/>.
/// Changes are in the indicator's unit, signed (negative for a fall), rounded to one place more than the figures are printed to.
/// </summary>
/// <param name="PacePercent">The observed change as a percentage of the needed change, rounded to a whole number.</param>
public sealed record PaceView(ProgressJudgement Judgement, NotJudgedReason? Reason, FigureAt? From, FigureAt? Latest, FigureAt? Target, decimal? NeededPerYear, decimal? ObservedPerYear, decimal? PacePercent);

/// <summary>The council's result against a comparator the plan prints: the comparator as printed, and the council's result for the same period.</summary>
public sealed record ComparatorPositionView(string? Label, ComparatorKind Kind, string? Period, string Value, FigureAt Own, Position Position);

/// <summary>A banding's place on its scale: level <see cref="Level"/> of <see cref="Levels"/>, worst first.</summary>
public sealed record BandingPositionView(string Scale, string? Period, string Band, string? Meaning, int Level, int Levels, Position Position);

/// <summary>The council's rank among every authority whose value the plan prints (1 is the best).</summary>
public sealed record RankPositionView(int Rank, int Of, string? Period, string Value, Position Position);

/// <summary>The direction of travel, with the two results it compares.</summary>
public sealed record DirectionView(Direction Direction, FigureAt Previous, FigureAt Latest);

/// <summary>The plan's own printed verdict for a period, as printed, and whether the figures bear it out (null when they cannot say).</summary>
public sealed record CouncilVerdictView(string Period, VerdictOn On, string Printed, VerdictReading Reading, bool? Agrees);

/// <summary>Everything the site judges of one indicator, each part with its working.</summary>
public sealed record IndicatorJudgementView
{
    public required StandingView Standing { get; init; }

    public required PaceView Pace { get; init; }

    public DirectionView? Direction { get; init; }

    public IReadOnlyList<ComparatorPositionView> Comparators { get; init; } = [];

    public IReadOnlyList<BandingPositionView> Bandings { get; init; } = [];

    public RankPositionView? Rank { get; init; }

    public IReadOnlyList<CouncilVerdictView> CouncilVerdicts { get; init; } = [];

    public required string MethodHref { get; init; }
}

/// <param name="Counts">The status in the four ways, for its shape.</param>
public sealed record ReportedCount(RagStatus Status, int Count, ProgressStatus Counts);

/// <param name="Counts">The judgement in the four ways, for its shape.</param>
public sealed record JudgedCount(ProgressJudgement Judgement, int Count, ProgressStatus Counts);

public sealed record NotJudgedCount(NotJudgedReason Reason, int Count);

/// <summary>Indicators or actions counted by their headline: reported by the council, judged by the site, or neither (and why). Only counts above zero are listed.</summary>
public sealed record KindRollUpView(int Total, IReadOnlyList<ReportedCount> Reported, IReadOnlyList<JudgedCount> Judged, IReadOnlyList<NotJudgedCount> NotJudged)
{
    public int ReportedTotal => Reported.Sum(r => r.Count);

    public int JudgedTotal => Judged.Sum(j => j.Count);

    public int NotJudgedTotal => NotJudged.Sum(n => n.Count);
}

/// <summary>
/// An objective's, plan's or council's roll-up: its indicators and actions counted by headline, and the same
/// in the four ways the chart shows. <see cref="HasAnswer"/> is false when nothing is reported or judged:
/// the theme then says why, from the reasons, and shows no chart.
/// </summary>
public sealed record RollUpView(KindRollUpView Indicators, KindRollUpView Actions, StatusSummary Status, bool HasAnswer, string MethodHref);

/// <summary>A status's count and percentage in a report's printed counts, as printed (either may be missing).</summary>
public sealed record PrintedStatusCount(RagStatus Status, int? Count, string? Percent);

/// <summary>A further printed column ("reported annually"), as printed.</summary>
public sealed record PrintedOtherCount(string Label, int? Count, string? Percent);

/// <summary>A report's own overall counts, as printed: a summary table's whole-scope row, or its stated counts (no <see cref="Table"/>).</summary>
public sealed record PrintedCountsView(string? Table, string? Scope, CountsOf Of, int? Total, IReadOnlyList<PrintedStatusCount> Statuses, IReadOnlyList<PrintedOtherCount> Others);

/// <summary>A report's listed rows of one kind counted by SiteGen: only given for a kind the report prints no counts of.</summary>
public sealed record CountedByTheSite(CountsOf Of, int Listed, StatusSummary Counts);

/// <summary>
/// What a progress report says overall: its printed counts, which win, and SiteGen's own counts of the rows it
/// lists, only for a kind of thing it prints no counts of, so the two never disagree on a page.
/// </summary>
public sealed record ReportCountsView(IReadOnlyList<PrintedCountsView> Printed, IReadOnlyList<CountedByTheSite> Counted);

/// <summary>A plan's latest progress report, for the plan at a glance.</summary>
public sealed record LatestReportView(string? Title, string Period, DateValue? Published, string Href, ReportCountsView Counts);

/// <summary>"How we judge progress": the thresholds the site uses, as percentages (95 for 95%), and an example worked with them.</summary>
[PageTemplate("method")]
public sealed record MethodPageModel : PageModel
{
    public required decimal OnCourse { get; init; }

    public required decimal NotFastEnough { get; init; }

    public required decimal LittleProgress { get; init; }

    public required decimal SimilarWithin { get; init; }

    /// <summary>A made-up percentage indicator judged by the same code and thresholds as every indicator on the site.</summary>
    public required PaceView Example { get; init; }

    /// <summary>Every category, best first, with the status (and so the shape) it counts as.</summary>
    public required IReadOnlyList<MethodCategory> Categories { get; init; }

    /// <summary>Every reason an indicator is not judged.</summary>
    public required IReadOnlyList<NotJudgedReason> Reasons { get; init; }
}

public sealed record MethodCategory(ProgressJudgement Judgement, ProgressStatus Status);
