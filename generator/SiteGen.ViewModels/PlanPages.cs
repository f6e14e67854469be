namespace SiteGen.ViewModels;

/// <summary>The base of every page that belongs to one plan.</summary>
public abstract record PlanPartPageModel : PageModel
{
    public required PlanNavigation Navigation { get; init; }
}

public sealed record IndicatorPageModel : PlanPartPageModel
{
    public required IndicatorView Indicator { get; init; }

    /// <summary>The shared national definition, when the indicator has one.</summary>
    public string? DefinitionSet { get; init; }

    public IReadOnlyList<Link> MeasuresObjectives { get; init; } = [];

    public IReadOnlyList<LabelledText> MeasuresActions { get; init; } = [];

    public IReadOnlyList<Link> Downloads { get; init; } = [];

    /// <summary>The page comparing every council's figures for the same national indicator, when more than one council reports it.</summary>
    public Link? Comparison { get; init; }

    /// <summary>Where the council stands among every authority, when the plan gives every authority's value.</summary>
    public ChartView? RankChart { get; init; }
}

public sealed record IndicatorsIndexPageModel : PlanPartPageModel
{
    public required string ObjectiveLabel { get; init; }

    public IReadOnlyList<IndicatorRow> Indicators { get; init; } = [];
}

public sealed record IndicatorRow(string Reference, Link Indicator, string? Objective, string? Latest, string? NextTarget, string Verdict, string VerdictStatus, string? Direction, SparklineView? Sparkline);

public sealed record ActionsIndexPageModel : PlanPartPageModel
{
    public required string ObjectiveLabel { get; init; }

    public IReadOnlyList<ActionRow> Actions { get; init; } = [];
}

public sealed record ActionRow(Link Objective, ActionView Action, string? Status);

public sealed record RiskRegisterPageModel : PlanPartPageModel
{
    public string? ScaleText { get; init; }

    public ChartView? Matrix { get; init; }

    public IReadOnlyList<RiskView> Risks { get; init; } = [];
}

public sealed record BudgetPageModel : PlanPartPageModel
{
    public IReadOnlyList<BudgetView> Budgets { get; init; } = [];
}

public sealed record ProgressPageModel : PlanPartPageModel
{
    public required string Period { get; init; }

    public string? Published { get; init; }

    public required StatusSummary Counts { get; init; }

    /// <summary>The counts and percentages as the report prints them, when it does.</summary>
    public IReadOnlyList<LabelledText> StatedCounts { get; init; } = [];

    public IReadOnlyList<ProgressRow> Actions { get; init; } = [];

    public IReadOnlyList<ProgressRow> Indicators { get; init; } = [];

    public Html? Summary { get; init; }

    /// <summary>The report's own summary tables, cell for cell as printed.</summary>
    public IReadOnlyList<TextTable> Tables { get; init; } = [];
}

/// <summary>One action or indicator in a progress report; <see cref="StatusToken"/> is on-track, at-risk, off-track or no-data.</summary>
public sealed record ProgressRow(string Reference, string Title, Link? Link, string Status, string StatusToken, string? Detail, string? Commentary);

public sealed record GlossaryPageModel : PlanPartPageModel
{
    public IReadOnlyList<LabelledText> Terms { get; init; } = [];
}
