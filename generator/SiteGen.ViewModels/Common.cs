namespace SiteGen.ViewModels;

/// <summary>Counts per status, worked out by SiteGen; the theme shows them as words and numbers, never colour alone.</summary>
public sealed record StatusSummary(int OnTrack, int AtRisk, int OffTrack, int NoData)
{
    public int Total => OnTrack + AtRisk + OffTrack + NoData;
}

/// <summary>A table the plan prints, cell for cell: its title, columns and rows are the plan's own text.</summary>
public sealed record TextTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<string> Notes)
{
    /// <summary>A note from the site's editors, not the plan's words: the theme shows it apart from the plan's own text.</summary>
    public Html? EditorNote { get; init; }
}

/// <summary>A term and its meaning, or any pair of texts the content gives.</summary>
public sealed record LabelledText(string Label, string Text);

/// <summary>A figure as printed ("65%") and the period it is for ("2008/09").</summary>
public sealed record FigureAt(string Text, string Period)
{
    /// <summary>What a split figure's printed form means, part by part ("girls 61.4", "boys 49.6"); empty unless the plan printed it in a form of its own ("G 61.4 B 49.6").</summary>
    public IReadOnlyList<LabelledText> Parts { get; init; } = [];

    /// <summary>The figure's number, when it is one: what a table sorts it by (never shown; <see cref="Text"/> is).</summary>
    public decimal? Number { get; init; }
}

/// <summary>An objective as the plan names it: its reference, if it has one ("1", "SS1"), and its title.</summary>
public sealed record ObjectiveName(string? Reference, string Title);

/// <summary>A code from one of the plan's coded lists, with its meaning when the list gives one: "M3" (Early years).</summary>
public sealed record TagView(string Code, string? Meaning);
