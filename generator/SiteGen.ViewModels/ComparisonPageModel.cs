namespace SiteGen.ViewModels;

/// <summary>One shared national indicator across every council that reports it.</summary>
[PageTemplate("comparison")]
public sealed record ComparisonPageModel : PageModel
{
    public required string Reference { get; init; }

    public required string DefinitionTitle { get; init; }

    public string? DefinitionSet { get; init; }

    public required Polarity Polarity { get; init; }

    /// <summary>Every council's results by period, as printed; blank where a plan has none for that period.</summary>
    public required ComparisonTable Actuals { get; init; }

    public ComparisonTable? Targets { get; init; }

    public ChartView? Chart { get; init; }

    /// <summary>Where plans word the indicator differently, count in another unit, or cover other years: said plainly.</summary>
    public IReadOnlyList<ComparisonDifference> Differences { get; init; } = [];

    public IReadOnlyList<CouncilIndicatorLink> Indicators { get; init; } = [];
}

public enum ComparisonFigures
{
    Actuals,
    Targets,
}

/// <summary>A council's plan's figures by period, one row per plan; cells are as printed, empty where it has none.</summary>
public sealed record ComparisonTable(string Id, ComparisonFigures Figures, IReadOnlyList<string> Periods, IReadOnlyList<ComparisonRow> Rows);

public sealed record ComparisonRow(string Council, string Plan, IReadOnlyList<string> Cells);

public sealed record CouncilIndicatorLink(string Council, string Plan, string Href);

/// <summary>A reason to read the comparison with care.</summary>
public abstract record ComparisonDifference;

/// <summary>The council's plan words the indicator differently from the shared definition.</summary>
public sealed record WordedDifferently(string Council, string Title) : ComparisonDifference;

/// <summary>These councils report it in another unit than the first.</summary>
public sealed record CountedDifferently(IReadOnlyList<string> Councils, Unit Unit) : ComparisonDifference;

/// <summary>The plans report different years; each council's first and last period (null when it reports none).</summary>
public sealed record DifferentYears(IReadOnlyList<CouncilYears> Councils) : ComparisonDifference;

public sealed record CouncilYears(string Council, string? First, string? Last);

/// <summary>The plan's own note on its periods.</summary>
public sealed record PeriodsNoted(string Council, string Note) : ComparisonDifference;
