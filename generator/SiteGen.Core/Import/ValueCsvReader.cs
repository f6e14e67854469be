using System.Text;
using CsvHelper;
using SiteGen.Binding;
using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>
/// Reads the CSV an officer exports from a spreadsheet. The first row names the columns — reference,
/// period and value, and optionally plan and field (actual, estimate or target; actual when absent) —
/// in any order and any case; other columns (a title, a note to self) are ignored, so a working
/// spreadsheet can be exported as it is. Every bad line is reported, with its line and column, before
/// anything is changed. A line whose value is empty (a figure not in yet) is skipped with a warning, so
/// one blank cell does not hold up the rest; <c>--refuse-empty</c> makes it an error instead. The file may
/// be in any encoding Excel saves CSV in (<see cref="CsvText"/>).
/// </summary>
public static class ValueCsvReader
{
    private static readonly string[] Required = ["reference", "period", "value"];

    /// <summary>The lines of the file that can be applied; every other line is reported.</summary>
    public static IReadOnlyList<ValueRow> Read(string path, string shownPath, DiagnosticBag diagnostics, bool refuseEmpty = false)
    {
        var text = CsvText.Read(File.ReadAllBytes(path), shownPath, diagnostics);
        if (text is null) return [];
        // A ragged line reads its missing cells as empty and a stray quote is kept as text, so every line
        // reaches the checks below, which say what is wrong in the officer's terms.
        var options = new CsvReaderOptions
        {
            TrimWhitespace = true,
            TrackLineNumbers = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MissingField = CsvMissingFieldHandling.ReturnEmpty,
        };
        using var csv = CsvReader.FromText(text, options);
        var header = csv.Headers.ToArray();
        if (header.Length == 0)
        {
            diagnostics.Report(DiagnosticCatalog.ImportColumnMissing, SourceLocation.StartOf(shownPath), "reference", "none: the file is empty");
            return [];
        }

        var columns = header.Select((name, i) => (Name: name.Trim().ToLowerInvariant(), Index: i))
            .GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().Index);
        var missing = Required.Where(c => !columns.ContainsKey(c)).ToList();
        foreach (var column in missing)
        {
            diagnostics.Report(DiagnosticCatalog.ImportColumnMissing, SourceLocation.StartOf(shownPath), column, string.Join(", ", header));
        }

        if (missing.Count > 0) return [];

        var delimiter = csv.Separator;
        var rows = new List<ValueRow>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            var raw = Encoding.UTF8.GetString(csv.RawRecord);
            string Cell(string column) => columns.TryGetValue(column, out var i) ? csv.GetString(i)?.Trim() ?? string.Empty : string.Empty;
            SourceLocation At(string column) => new(shownPath, line, CsvColumns.ColumnOf(raw, columns[column], delimiter));

            var reference = Cell("reference");
            var periodText = Cell("period");
            var value = Cell("value");
            if (reference.Length == 0 && periodText.Length == 0 && value.Length == 0) continue;

            var ok = true;
            if (reference.Length == 0)
            {
                diagnostics.Report(DiagnosticCatalog.MissingKey, At("reference"), "reference", "Each line");
                ok = false;
            }

            var period = PeriodReader.TryRead(periodText);
            if (period is null)
            {
                diagnostics.Report(DiagnosticCatalog.PeriodUnreadable, At("period"), periodText);
                ok = false;
            }

            var field = ValueField.Actual;
            if (columns.ContainsKey("field") && Cell("field") is { Length: > 0 } fieldText)
            {
                if (Enum.TryParse<ValueField>(fieldText, ignoreCase: true, out var parsed) && !int.TryParse(fieldText, out _))
                {
                    field = parsed;
                }
                else
                {
                    diagnostics.Report(DiagnosticCatalog.ValueNotAllowed, At("field"), fieldText, "field", "actual, estimate and target");
                    ok = false;
                }
            }

            if (value.Length == 0 && !refuseEmpty)
            {
                if (ok) diagnostics.Report(DiagnosticCatalog.ImportEmptyValue, At("value"), reference, period!.Label);
                continue;
            }

            if (PrintedNumber.TryRead(value) is null)
            {
                var hint = value.Length == 0
                    ? "the value is empty (--refuse-empty was given); leave the line out if there is no figure yet"
                    : "write the figure as printed, e.g. 55.2, 55.2%, 1,200 or £1,200; words such as N/A belong in the YAML file";
                diagnostics.Report(DiagnosticCatalog.NumberUnreadable, At("value"), value, hint);
                ok = false;
            }

            var plan = Cell("plan");
            if (ok) rows.Add(new ValueRow(reference, plan.Length == 0 ? null : plan, period!, field, value, At("reference")) { ValueLocation = At("value") });
        }

        return rows;
    }
}
