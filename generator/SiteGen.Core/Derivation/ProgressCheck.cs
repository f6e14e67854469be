using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>
/// Checks a progress report's printed arithmetic: each row's counts against its total, and each printed
/// percentage against its count. Warnings only — the report is shown as printed.
/// </summary>
public static class ProgressCheck
{
    public static void Check(ProgressReport report, DiagnosticBag diagnostics)
    {
        foreach (var table in report.Tables)
        {
            foreach (var row in table.Rows)
            {
                // A column counted within a status ("not due to start", within on target) is not added again.
                var counted = row.Counts.Values.Sum() + row.Others.Where(o => o.Within is null).Sum(o => o.Count ?? 0);
                var anyCounts = row.Counts.Count > 0 || row.Others.Any(o => o.Count is not null);
                if (row.Total is { } total && anyCounts && counted != total)
                {
                    diagnostics.Report(DiagnosticCatalog.ProgressCountsMismatch, row.Location, $"{table.Title}: {row.Scope}", counted, total);
                }

                if (row.Total is not { } whole || whole == 0) continue;
                foreach (var (status, printed) in row.Percentages)
                {
                    if (row.Counts.TryGetValue(status, out var count)) CheckPercentage(diagnostics, row, $"{row.Scope}: {status.ToString().ToLowerInvariant()}", printed, count, whole);
                }

                foreach (var other in row.Others.Where(o => o.Count is not null && o.Percentage is not null))
                {
                    CheckPercentage(diagnostics, row, $"{row.Scope}: {other.Label}", other.Percentage!, other.Count!.Value, whole);
                }
            }
        }
    }

    /// <summary>The printed percentage must equal count ÷ total rounded to as many places as it is printed with.</summary>
    private static void CheckPercentage(DiagnosticBag diagnostics, ProgressTableRow row, string what, Figure printed, int count, int total)
    {
        if (printed.Number is not { } value) return;
        var text = printed.Text.TrimEnd('%');
        var point = text.IndexOf('.');
        var places = point < 0 ? 0 : text.Length - point - 1;
        var exact = (decimal)count * 100 / total;
        if (Math.Round(exact, places, MidpointRounding.AwayFromZero) != value)
        {
            diagnostics.Report(DiagnosticCatalog.ProgressPercentageMismatch, row.Location, what, text, count, total, exact.ToString("0.##", CultureInfo.InvariantCulture));
        }
    }
}
