using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>What a report's printed counts are counts of.</summary>
public enum CountsOf
{
    Actions,
    Indicators,

    /// <summary>The report's <c>stated_counts</c>, which do not say whether they count actions, indicators or both.</summary>
    Items,
}

/// <summary>
/// A report's own overall figures, as printed: a summary table's row for its whole scope, or the report's
/// stated counts. These win: where a report prints counts of its actions (or indicators), the site shows
/// them and counts nothing of its own for that report's actions (or indicators).
/// </summary>
/// <param name="Table">The table the row is from; null for stated counts.</param>
public sealed record PrintedCounts(
    ProgressReport Report,
    ProgressTable? Table,
    string? Scope,
    CountsOf Of,
    int? Total,
    IReadOnlyDictionary<RagStatus, int> Counts,
    IReadOnlyDictionary<RagStatus, Figure> Percentages,
    IReadOnlyList<ProgressOther> Others)
{
    /// <summary>Each table's overall row, then the stated counts, for every report.</summary>
    public static IReadOnlyList<PrintedCounts> In(ProgressReport report)
    {
        var printed = new List<PrintedCounts>();
        foreach (var table in report.Tables)
        {
            if (Overall(table) is not { } row) continue;
            printed.Add(new PrintedCounts(report, table, row.Scope, table.Of == "indicators" ? CountsOf.Indicators : CountsOf.Actions, row.Total, row.Counts, row.Percentages, row.Others));
        }

        if (report.StatedCounts.Count > 0)
        {
            printed.Add(new PrintedCounts(report, null, null, CountsOf.Items, report.StatedCounts.Values.Sum(), report.StatedCounts, new Dictionary<RagStatus, Figure>(), []));
        }

        return printed;
    }

    /// <summary>
    /// The row that counts a table's whole scope: its only row, or the row whose total is the sum of every
    /// other row's ("Overall performance" under four objectives); null when no row does.
    /// </summary>
    public static ProgressTableRow? Overall(ProgressTable table)
    {
        if (table.Rows.Count == 1) return table.Rows[0];
        return table.Rows.FirstOrDefault(row => row.Total is { } total && table.Rows.Where(r => !ReferenceEquals(r, row)).All(r => r.Total is not null)
            && table.Rows.Where(r => !ReferenceEquals(r, row)).Sum(r => r.Total!.Value) == total);
    }

    /// <summary>Whether a report prints counts (not only percentages) of this kind of thing, so the site must count none of its own.</summary>
    public static bool Prints(ProgressReport report, CountsOf of) =>
        report.StatedCounts.Count > 0 || report.Tables.Any(t => (t.Of == "indicators" ? CountsOf.Indicators : CountsOf.Actions) == of && t.Rows.Any(r => r.Counts.Count > 0 || r.Total is not null));
}
