namespace SiteGen.ViewModels;

public sealed record PlanPageModel : PlanPartPageModel
{
    public required PlanHeader Plan { get; init; }

    /// <summary>Indicators whose latest comparable result met or missed its target.</summary>
    public IReadOnlyList<IndicatorRow> KeyIndicators { get; init; } = [];

    /// <summary>The highest-rated risks, highest first.</summary>
    public IReadOnlyList<RiskView> TopRisks { get; init; } = [];

    public IReadOnlyList<LabelledText> BudgetTotals { get; init; } = [];

    public IReadOnlyList<Link> ProgressLinks { get; init; } = [];

    public Html? Foreword { get; init; }

    public string? ForewordSignedBy { get; init; }

    public Html? Vision { get; init; }

    public Html? Mission { get; init; }

    public Html? Summary { get; init; }

    public IReadOnlyList<string> Values { get; init; } = [];

    public IReadOnlyList<string> Aims { get; init; } = [];

    public IReadOnlyList<Html> Notes { get; init; } = [];

    public IReadOnlyList<string> LeadershipTeam { get; init; } = [];

    /// <summary>Who to contact about the plan, each as one line ("Hilary Hall, Improvement Manager, 01432 260801").</summary>
    public IReadOnlyList<string> Contacts { get; init; } = [];

    public IReadOnlyList<Link> ParentPlans { get; init; } = [];

    public IReadOnlyList<Link> ChildPlans { get; init; } = [];

    public IReadOnlyList<LabelledText> RelatedPlans { get; init; } = [];

    public required string ObjectiveLabel { get; init; }

    public required StatusSummary Status { get; init; }

    /// <summary>Status counts of the plan and each objective as a chart; the objectives table carries the same counts.</summary>
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
}

public sealed record PlanHeader(
    string Title,
    string? Subtitle,
    string Organisation,
    string Kind,
    string Period,
    string Status,
    string? Approval,
    string? Published,
    string? ResponsibleOfficer);

public sealed record ObjectiveSummary(string? Reference, string Title, string Href, StatusSummary Status, int Indicators, int Actions);

public sealed record SectionView(string Id, string Title, Html Body, IReadOnlyList<TextTable> Tables);

public sealed record BudgetView(string Id, string Title, string? Kind, string? Unit, IReadOnlyList<string> Columns, IReadOnlyList<BudgetRow> Lines, BudgetRow? Total, IReadOnlyList<string> Notes, ChartView? Chart);

public sealed record BudgetRow(string? Reference, string Name, IReadOnlyList<string> Cells, string? Note);

public sealed record InspectionView(string Title, string? Body, string? Date, IReadOnlyList<LabelledText> Scale, Html? Summary, IReadOnlyList<string> Periods, IReadOnlyList<JudgementView> Judgements);

public sealed record JudgementView(string Area, IReadOnlyList<string> Grades, IReadOnlyList<string> Strengths, IReadOnlyList<string> Improvements);

public sealed record ProjectView(string Name, Html? Summary, string? Accountable, string? Lead, string? Timescale, string? Budget);
