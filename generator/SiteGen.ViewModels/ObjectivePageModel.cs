namespace SiteGen.ViewModels;

[PageTemplate("objective")]
public sealed record ObjectivePageModel : PlanPartPageModel
{
    public required ObjectiveName Objective { get; init; }

    /// <summary>What the plan calls its objectives ("Priority", "Outcome required"), as printed.</summary>
    public required string ObjectiveLabel { get; init; }

    public Html? Body { get; init; }

    public OfficerView? ResponsibleOfficer { get; init; }

    /// <summary>The outcomes it serves, by their names in the plan's frameworks.</summary>
    public IReadOnlyList<string> Outcomes { get; init; } = [];

    public IReadOnlyList<ContributionView> ContributesTo { get; init; } = [];

    public string? Perspective { get; init; }

    public IReadOnlyList<string> CriticalSuccessFactors { get; init; } = [];

    /// <summary>Its main indicators and its actions counted by headline: reported by the council, judged by SiteGen, or why neither.</summary>
    public required RollUpView RollUp { get; init; }

    /// <summary>The same counts in the four ways, as a chart; none when nothing is reported or judged.</summary>
    public ChartView? StatusChart { get; init; }

    public IReadOnlyList<ActionView> Actions { get; init; } = [];

    public IReadOnlyList<IndicatorView> Indicators { get; init; } = [];

    public IReadOnlyList<IndicatorView> SecondaryIndicators { get; init; } = [];

    public IReadOnlyList<RiskView> Risks { get; init; } = [];

    public IReadOnlyList<ImplicationView> Implications { get; init; } = [];

    /// <summary>What this objective carries forward from its parent plans, linked.</summary>
    public IReadOnlyList<ServesView> Serves { get; init; } = [];

    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }
}

/// <summary>A parent plan's objective, or one of its actions, that this objective carries forward.</summary>
public sealed record ServesView(string Plan, ObjectiveName Objective, ActionMention? Action, string Href);

/// <summary>A framework the objective contributes to, with the priorities it names or the answer it gives.</summary>
public sealed record ContributionView(string To, IReadOnlyList<string> Priorities, string? Answer);

public enum ImplicationKind
{
    Financial,
    Staffing,
    Risk,
    Other,
}

public sealed record ImplicationView(ImplicationKind Kind, Html Text);

public sealed record ActionView(
    string Anchor,
    string? Reference,
    string? Area,
    string Description,
    string? Timescale,
    DateValue? Due,
    IReadOnlyList<OfficerView> Leads,
    OfficerView? Accountable,
    IReadOnlyList<string> Partners,
    IReadOnlyList<IndicatorLink> Indicators,
    IReadOnlyList<TagView> Tags,
    IReadOnlyList<SubActionView> SubActions,
    IReadOnlyList<ProgressEntryView> Progress)
{
    /// <summary>Objectives of child plans that take this action forward, linked.</summary>
    public IReadOnlyList<TakenForwardView> TakenForwardIn { get; init; } = [];

    /// <summary>The latest status the council reported for it, in a progress report or the plan's progress entries.</summary>
    public ReportedView? Reported { get; init; }

    /// <summary>When the action starts, where the plan gives a date.</summary>
    public DateValue? Start { get; init; }

    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }
}

/// <summary>An indicator named by its reference, linked to its page.</summary>
public sealed record IndicatorLink(string Reference, string Href);

public sealed record TakenForwardView(string Plan, ObjectiveName Objective, string Href);

public sealed record SubActionView(string? Reference, string Description, string? Timescale, IReadOnlyList<OfficerView> Leads)
{
    /// <summary>When the sub-action starts and is due, where the plan gives dates of its own.</summary>
    public DateValue? Start { get; init; }

    public DateValue? Due { get; init; }
}

/// <summary>An action's progress in one reporting period, as printed.</summary>
public sealed record ProgressEntryView(string Period, RagStatus? Status, string? Percent, string? Commentary);
