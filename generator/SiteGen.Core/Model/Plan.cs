using SiteGen.Diagnostics;

namespace SiteGen.Model;

public enum PlanStatus
{
    Draft,
    Approved,
    Published,
}

public enum PlanRelationship
{
    Parent,
    Child,
    Related,
}

public sealed record Approval(string? By, PartialDate? Date);

public sealed record Foreword(string Text, Ref? SignedBy);

public sealed record RelatedPlan(string Title, PlanRelationship Relationship, string? Note);

public sealed record GlossaryEntry(string Term, string Meaning);

/// <summary>A coded list a plan tags its actions and indicators with (Mag 7, WAG 19 …).</summary>
public sealed record TagList(string Id, string Name, IReadOnlyList<TagDefinition> Tags);

public sealed record TagDefinition(string Code, string Meaning);

/// <summary>Which kinds of a plan's files could not be read (their problems are reported at them).</summary>
[Flags]
public enum UnreadableParts
{
    None = 0,
    Indicators = 1,
    Objectives = 2,
    Risks = 4,
}

/// <summary>
/// A plan and everything filed under its folder. <see cref="Id"/> is the folder under
/// <c>content/plans/</c> (e.g. <c>herefordshire/directorate-plan-2009-2011</c>).
/// </summary>
public sealed record Plan(
    string Id,
    string Title,
    string? Subtitle,
    Ref Organisation,
    string Kind,
    PeriodRange Period,
    PlanStatus Status,
    Approval? Approval,
    PartialDate? Published,
    Ref? ResponsibleOfficer,
    Foreword? Foreword,
    IReadOnlyList<Ref> LeadershipTeam,
    string? Vision,
    string? Mission,
    string? Summary,
    IReadOnlyList<string> Values,
    IReadOnlyList<string> Aims,
    IReadOnlyList<Ref> Frameworks,
    IReadOnlyList<Ref> Parents,
    IReadOnlyList<RelatedPlan> RelatedPlans,
    string ObjectiveLabel,
    IReadOnlyList<GlossaryEntry> Glossary,
    IReadOnlyList<string> Notes,
    RiskScale? RiskScale,
    IReadOnlyList<BandingScale> BandingScales,
    SourceLocation Location)
{
    /// <summary>A note from whoever edits this site (how a passage was transcribed, what the printed plan shows that the site cannot): Markdown, never the plan's own words.</summary>
    public string? EditorNote { get; init; }

    /// <summary>Posts this plan refers to beyond its organisation's (a division's team leaders).</summary>
    public IReadOnlyList<Officer> Officers { get; init; } = [];

    public IReadOnlyList<TagList> TagLists { get; init; } = [];

    /// <summary>The first period the plan sets (or reports) targets for, when that is before its own period (a scorecard of the year just ended).</summary>
    public Period? TargetsFrom { get; init; }

    /// <summary>The last period the plan sets targets for, when it looks beyond its own period (a one-year plan with three-year targets).</summary>
    public Period? TargetsTo { get; init; }

    /// <summary>
    /// Files of the plan that could not be read: a reference to an indicator, objective, action or risk that
    /// may have been in one is not reported again as dangling, so one unclosed bracket is one message.
    /// </summary>
    public UnreadableParts Unreadable { get; init; }

    public IReadOnlyList<Objective> Objectives { get; init; } = [];
    public IReadOnlyList<Indicator> Indicators { get; init; } = [];
    public RiskRegister? RiskRegister { get; init; }
    public IReadOnlyList<BudgetTable> Budgets { get; init; } = [];
    public IReadOnlyList<Inspection> Inspections { get; init; } = [];
    public IReadOnlyList<Project> Projects { get; init; } = [];
    public IReadOnlyList<DataTable> Tables { get; init; } = [];
    public IReadOnlyList<ProgressReport> ProgressReports { get; init; } = [];
    public IReadOnlyList<NarrativeSection> Sections { get; init; } = [];

    /// <summary>
    /// Every text of the plan's files a reader sees, each with the languages it is given in. The model's own fields hold
    /// the default language's text; a page in another language finds a text's translation here, by that text.
    /// </summary>
    public IReadOnlyList<PlanText> Texts { get; init; } = [];
}
