namespace SiteGen.ViewModels;

/// <summary>The base of every page that belongs to one plan; the plan's title is its navigation's first link.</summary>
public abstract record PlanPartPageModel : PageModel
{
    public required PlanNavigation Navigation { get; init; }

    public string PlanTitle => Navigation.Plan.Text;
}

[PageTemplate("indicator")]
public sealed record IndicatorPageModel : PlanPartPageModel
{
    public required IndicatorView Indicator { get; init; }

    /// <summary>The set of shared national definitions it belongs to ("National Indicator Set"), when it has one.</summary>
    public string? DefinitionSet { get; init; }

    public IReadOnlyList<ObjectiveLink> MeasuresObjectives { get; init; } = [];

    public IReadOnlyList<ActionMention> MeasuresActions { get; init; } = [];

    public IReadOnlyList<Download> Downloads { get; init; } = [];

    /// <summary>The page comparing every council's figures for the same national indicator, when more than one council reports it.</summary>
    public ComparisonLink? Comparison { get; init; }

    /// <summary>Where the council stands among every authority, when the plan gives every authority's value.</summary>
    public ChartView? RankChart { get; init; }
}

public sealed record ObjectiveLink(ObjectiveName Objective, string Href);

/// <summary>An action named by its reference (if any) and what it says.</summary>
public sealed record ActionMention(string? Reference, string Description);

public enum DownloadFormat
{
    Csv,
    Json,
}

public sealed record Download(DownloadFormat Format, string Href);

public sealed record ComparisonLink(string Reference, string Href);

[PageTemplate("indicators")]
public sealed record IndicatorsIndexPageModel : PlanPartPageModel
{
    /// <summary>What the plan calls its objectives ("Priority", "Outcome required"), as printed.</summary>
    public required string ObjectiveLabel { get; init; }

    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
}

/// <param name="Objective">The first objective it measures, if any.</param>
/// <param name="Compared">The period and figures the result is judged on, when there is one.</param>
public sealed record IndicatorRow(
    string Reference,
    string Title,
    string Href,
    ObjectiveName? Objective,
    FigureAt? Latest,
    FigureAt? NextTarget,
    TargetResult Result,
    ProgressStatus Status,
    Direction Direction,
    SparklineView? Sparkline)
{
    /// <summary>The headline a reader is told first: reported by the council, judged by SiteGen, or why neither.</summary>
    public StandingView? Standing { get; init; }

    /// <summary>What the indicator's figures count, so the theme can show each with its unit.</summary>
    public Unit Unit { get; init; }
}

[PageTemplate("actions")]
public sealed record ActionsIndexPageModel : PlanPartPageModel
{
    public required string ObjectiveLabel { get; init; }

    public IReadOnlyList<ActionRow> Actions { get; init; } = [];
}

/// <param name="Status">The latest status the council reported for it, in a progress report or the plan's progress entries, if any.</param>
public sealed record ActionRow(ObjectiveLink Objective, ActionView Action, RagStatus? Status);

[PageTemplate("risks")]
public sealed record RiskRegisterPageModel : PlanPartPageModel
{
    /// <summary>The register's own title, when the plan gives it one.</summary>
    public string? RegisterTitle { get; init; }

    public RiskScaleView? Scale { get; init; }

    public ChartView? Matrix { get; init; }

    public IReadOnlyList<RiskView> Risks { get; init; } = [];
}

[PageTemplate("budget")]
public sealed record BudgetPageModel : PlanPartPageModel
{
    public IReadOnlyList<BudgetView> Budgets { get; init; } = [];
}

[PageTemplate("progress")]
public sealed record ProgressPageModel : PlanPartPageModel
{
    /// <summary>The report's own title, when it has one.</summary>
    public string? ReportTitle { get; init; }

    public required string Period { get; init; }

    public DateValue? Published { get; init; }

    /// <summary>The report's own counts as printed, and SiteGen's count of its listed rows only where it prints none.</summary>
    public required ReportCountsView Counts { get; init; }

    /// <summary>The "How we judge progress" page, relative to this one.</summary>
    public required string MethodHref { get; init; }

    public IReadOnlyList<ProgressRow> Actions { get; init; } = [];

    public IReadOnlyList<ProgressRow> Indicators { get; init; } = [];

    public Html? Summary { get; init; }

    /// <summary>The report's own summary tables, cell for cell as printed.</summary>
    public IReadOnlyList<ProgressCountsTable> Tables { get; init; } = [];

    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }
}

/// <summary>One action or indicator in a progress report, with the status it printed and the category SiteGen counts it in.</summary>
/// <param name="Link">The action's objective, or the indicator's own page.</param>
/// <param name="Percent">How far complete an action is, as printed ("75%").</param>
/// <param name="Value">An indicator's value for the period, as printed.</param>
public sealed record ProgressRow(string Reference, string Title, ProgressLink? Link, RagStatus? Status, ProgressStatus Category, string? Percent, string? Value, string? Commentary);

/// <summary>Where a progress row leads: the objective an action belongs to, or an indicator's page (named by its reference).</summary>
public sealed record ProgressLink(ObjectiveName? Objective, string? IndicatorReference, string Href);

public enum ProgressTableOf
{
    Actions,
    Indicators,
}

/// <summary>A summary table of a progress report as printed: per row, the total and each status's count and percentage.</summary>
public sealed record ProgressCountsTable(string Id, string Title, ProgressTableOf Of, IReadOnlyList<RagStatus> Statuses, IReadOnlyList<string> OtherColumns, IReadOnlyList<ProgressCountsRow> Rows);

/// <param name="Scope">What the row counts, as printed ("Safeguarding", "Whole department").</param>
public sealed record ProgressCountsRow(string Scope, int? Total, IReadOnlyList<CountAndPercent> Statuses, IReadOnlyList<CountAndPercent> Others);

public sealed record CountAndPercent(int? Count, string? Percent);

[PageTemplate("glossary")]
public sealed record GlossaryPageModel : PlanPartPageModel
{
    public IReadOnlyList<LabelledText> Terms { get; init; } = [];
}
