using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>Checks each stated total against the sum of its lines, column by column (a warning: the plan may be wrong, and it is shown as printed).</summary>
public static class BudgetCheck
{
    /// <remarks>A column id given twice is an error the binder has reported; the first column stands, so checking goes on.</remarks>
    public static IReadOnlyDictionary<string, decimal> Sums(BudgetTable table) =>
        table.Columns.DistinctBy(c => c.Id, StringComparer.Ordinal).ToDictionary(
            c => c.Id,
            c => table.Lines.Sum(l => l.Values.TryGetValue(c.Id, out var f) ? f.Number ?? 0m : 0m),
            StringComparer.Ordinal);

    public static void Check(BudgetTable table, DiagnosticBag diagnostics)
    {
        if (table.Total is null) return;
        var sums = Sums(table);
        foreach (var column in table.Columns.DistinctBy(c => c.Id, StringComparer.Ordinal))
        {
            if (!table.Total.Values.TryGetValue(column.Id, out var stated) || stated.Number is null) continue;
            if (sums[column.Id] != stated.Number.Value)
            {
                diagnostics.Report(
                    DiagnosticCatalog.BudgetTotalMismatch,
                    table.Total.Location,
                    table.Title,
                    sums[column.Id].ToString("#,##0.##", CultureInfo.InvariantCulture),
                    column.Label,
                    stated.Text);
            }
        }
    }
}
