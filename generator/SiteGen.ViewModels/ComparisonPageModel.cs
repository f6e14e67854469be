namespace SiteGen.ViewModels;

/// <summary>One shared national indicator across every council that reports it.</summary>
public sealed record ComparisonPageModel : PageModel
{
    public required string Reference { get; init; }

    public required string DefinitionTitle { get; init; }

    public string? DefinitionSet { get; init; }

    public required string Polarity { get; init; }

    /// <summary>Every council's figures by period, as printed; blank where a plan has none for that period.</summary>
    public required TextTable Actuals { get; init; }

    public TextTable? Targets { get; init; }

    public ChartView? Chart { get; init; }

    /// <summary>Where plans word the indicator differently or count different periods: said plainly.</summary>
    public IReadOnlyList<string> Differences { get; init; } = [];

    public IReadOnlyList<Link> Indicators { get; init; } = [];
}
