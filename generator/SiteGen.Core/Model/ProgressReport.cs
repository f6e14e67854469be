using SiteGen.Diagnostics;

namespace SiteGen.Model;

public sealed record ProgressReport(
    string Id,
    Period Period,
    string? Title,
    PartialDate? Published,
    IReadOnlyList<ActionProgress> Actions,
    IReadOnlyList<IndicatorProgress> Indicators,
    IReadOnlyDictionary<RagStatus, int> StatedCounts,
    SourceLocation Location);

public sealed record ActionProgress(Ref Action, RagStatus? Status, Figure? Percent, string? Commentary);

public sealed record IndicatorProgress(Ref Indicator, RagStatus? Status, Figure? Value, string? Commentary);
