namespace SiteGen.ViewModels;

[PageTemplate("plan")]
public sealed record PlanPageModel : PlanPartPageModel
{
    public required PlanHeader Plan { get; init; }

    /// <summary>Indicators with a headline the site judged or the council reported.</summary>
    public IReadOnlyList<IndicatorRow> KeyIndicators { get; init; } = [];

    /// <summary>The highest-rated risks, highest first.</summary>
    public IReadOnlyList<RiskView> TopRisks { get; init; } = [];

    public IReadOnlyList<BudgetTotalView> BudgetTotals { get; init; } = [];

    public IReadOnlyList<ProgressReportLink> ProgressLinks { get; init; } = [];

    public Html? Foreword { get; init; }

    public OfficerView? ForewordSignedBy { get; init; }

    public Html? Vision { get; init; }

    public Html? Mission { get; init; }

    public Html? Summary { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    public IReadOnlyList<string> Aims { get; init; } = [];

    public IReadOnlyList<Html> Notes { get; init; } = [];

    public IReadOnlyList<OfficerView> LeadershipTeam { get; init; } = [];

    /// <summary>Who to contact about the plan: the council's contacts.</summary>
    public IReadOnlyList<ContactView> Contacts { get; init; } = [];

    public IReadOnlyList<Link> ParentPlans { get; init; } = [];

    public IReadOnlyList<Link> ChildPlans { get; init; } = [];

    public IReadOnlyList<RelatedPlanView> RelatedPlans { get; init; } = [];

    public required string ObjectiveLabel { get; init; }

    /// <summary>Every indicator of the plan (once) and every action counted by headline: reported by the council, judged by SiteGen, or why neither.</summary>
    public required RollUpView RollUp { get; init; }

    /// <summary>The plan's latest progress report, with its counts as printed.</summary>
    public LatestReportView? LatestReport { get; init; }

    /// <summary>Status counts of the plan and each objective as a chart; the objectives table carries the same counts. None when nothing is reported or judged.</summary>
    public ChartView? StatusChart { get; init; }

    public IReadOnlyList<ObjectiveSummary> Objectives { get; init; } = [];

    /// <summary>Indicators no objective measures (e.g. partner-owned appendices), shown in full here.</summary>
    public IReadOnlyList<IndicatorView> OtherIndicators { get; init; } = [];

    public IReadOnlyList<InspectionView> Inspections { get; init; } = [];

    public IReadOnlyList<ProjectView> Projects { get; init; } = [];

    public IReadOnlyList<SectionView> Sections { get; init; } = [];

    /// <summary>Tables not attached to a section.</summary>
    public IReadOnlyList<TextTable> Tables { get; init; } = [];

    public IReadOnlyList<LabelledText> Glossary { get; init; } = [];

    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }

    /// <summary>What the plan promises: how many objectives, actions and indicators it sets.</summary>
    public required PlanPromises Promises { get; init; }

    /// <summary>The plan's main budget total as printed, with its unit: the first revenue budget that states a total, else the first that does.</summary>
    public BudgetTotalView? HeadlineBudget { get; init; }
}

/// <summary>How many objectives, actions (sub-actions not counted) and indicators a plan sets.</summary>
public sealed record PlanPromises(int Objectives, int Actions, int Indicators);

public sealed record PlanHeader(
    string Title,
    string? Subtitle,
    string Organisation,
    string Kind,
    PeriodSpan Period,
    PlanStatus Status,
    ApprovalView? Approval,
    DateValue? Published,
    OfficerView? ResponsibleOfficer);

/// <summary>Who approved the plan and when, whichever of the two it says.</summary>
public sealed record ApprovalView(string? By, DateValue? Date);

/// <param name="Status">Its main indicators and actions counted by headline, in the four ways.</param>
public sealed record ObjectiveSummary(ObjectiveName Objective, string Href, StatusSummary Status, int Indicators, int Actions);

public sealed record SectionView(string Id, string Title, Html Body, IReadOnlyList<TextTable> Tables)
{
    /// <summary>Its title and text are in the page's language, from a translation beside the section (sections/x.cy.md), not the default language's.</summary>
    public bool IsTranslated { get; init; }

    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }
}

/// <param name="Unit">The budget's unit as printed ("£000").</param>
public sealed record BudgetView(string Id, string Title, BudgetKind Kind, string? Unit, IReadOnlyList<BudgetColumnView> Columns, IReadOnlyList<BudgetRow> Lines, BudgetRow? Total, IReadOnlyList<string> Notes, ChartView? Chart)
{
    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }
}

/// <summary>A money column as printed ("Net"), with its year and whether the figures are actual, approved … when the plan says.</summary>
public sealed record BudgetColumnView(string Label, string? Year, BudgetBasis? Basis)
{
    /// <summary>A column of words printed beside the figures ("How will efficiency be improved?"), not money.</summary>
    public bool IsText { get; init; }
}

public sealed record BudgetRow(string? Reference, string Name, IReadOnlyList<string> Cells, string? Note);

/// <summary>A budget's stated total in its last column, for the plan at a glance.</summary>
public sealed record BudgetTotalView(string Budget, string Column, string? Total, string? Unit);

public sealed record InspectionView(string Title, string? Body, DateValue? Date, IReadOnlyList<LabelledText> Scale, Html? Summary, IReadOnlyList<string> Periods, IReadOnlyList<JudgementView> Judgements);

public sealed record JudgementView(string Area, IReadOnlyList<string> Grades, IReadOnlyList<string> Strengths, IReadOnlyList<string> Improvements);

public sealed record ProjectView(string Name, Html? Summary, OfficerView? Accountable, OfficerView? Lead, string? Timescale, string? Budget);

/// <summary>Another plan the plan refers to, as it names it; <see cref="Note"/> says how it relates, in the plan's words.</summary>
public sealed record RelatedPlanView(PlanRelationship Relationship, string Title, string? Note);

/// <summary>A progress report of the plan: its own title if it has one, and its period.</summary>
public sealed record ProgressReportLink(string? Title, string Period, string Href);
