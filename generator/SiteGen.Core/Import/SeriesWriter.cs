using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Yaml;

namespace SiteGen.Import;

/// <summary>Turns the spreadsheet's rows for one indicator into edits of its file's text.</summary>
public static class SeriesWriter
{
    public static IEnumerable<YMapping> PointsOf(YMapping indicator) =>
        indicator.Find("values")?.Value is YSequence values ? values.Items.OfType<YMapping>() : [];

    /// <summary>Rows whose figure the file already holds make no edit.</summary>
    public static void Write(string text, IndicatorSource source, IReadOnlyList<ValueRow> rows, TextEdits edits, DiagnosticBag diagnostics)
    {
        var newPoints = new List<(Period Period, List<ValueRow> Rows)>();
        foreach (var period in rows.GroupBy(r => r.Period.Label))
        {
            var first = period.First().Period;
            var point = PointsOf(source.Node).FirstOrDefault(p => SeriesText.PeriodOf(p) == first);
            if (point is null)
            {
                newPoints.Add((first, period.OrderBy(r => r.Field).ToList()));
                continue;
            }

            foreach (var row in period.OrderBy(r => r.Field)) UpdateField(text, source, point, row, edits, diagnostics);
        }

        if (newPoints.Count > 0) AddPoints(text, source.Node, newPoints.OrderBy(p => p.Period.SortKey).ToList(), edits);
    }

    private static void UpdateField(string text, IndicatorSource source, YMapping point, ValueRow row, TextEdits edits, DiagnosticBag diagnostics)
    {
        var field = ValueRow.FieldKey(row.Field);
        switch (point.Find(field)?.Value)
        {
            case YScalar { IsNull: false } scalar when scalar.Value.Trim() == row.Value:
                break;
            case YScalar { IsNull: false } scalar:
                edits.Replace(scalar.StartIndex, scalar.EndIndex, SeriesText.Scalar(row.Value, scalar.Style, point.IsFlow));
                break;
            case YScalar empty:
                // `actual:` with nothing after it: the value goes after the colon.
                edits.Insert(empty.StartIndex, (text[empty.StartIndex - 1] == ':' ? " " : string.Empty) + SeriesText.Scalar(row.Value, YamlDotNet.Core.ScalarStyle.Plain, point.IsFlow));
                break;
            case null:
                AddEntry(text, point, $"{field}: {SeriesText.Scalar(row.Value, YamlDotNet.Core.ScalarStyle.Plain, point.IsFlow)}", edits);
                break;
            default:
                diagnostics.Report(DiagnosticCatalog.ImportValueHasParts, row.Location, source.Reference, row.Period.Label, field, $"{source.File.Path} line {point.Location.Line}");
                break;
        }
    }

    /// <summary>Adds a key to a mapping: after the last entry of a flow mapping, or on its own line under a block one.</summary>
    private static void AddEntry(string text, YMapping map, string entry, TextEdits edits)
    {
        if (map.IsFlow)
        {
            if (map.Entries.Count == 0) edits.Insert(map.StartIndex + 1, entry);
            else edits.Insert(map.Entries[^1].Value.EndIndex, ", " + entry);
            return;
        }

        var indent = new string(' ', map.Entries[0].Key.Location.Column - 1);
        var at = SeriesText.AfterLine(text, SeriesText.LastTextEnd(map));
        edits.Insert(at, (at == text.Length && !text.EndsWith('\n') ? "\n" : string.Empty) + indent + entry.Replace("\n", "\n" + indent) + "\n");
    }

    private static void AddPoints(string text, YMapping indicator, List<(Period Period, List<ValueRow> Rows)> points, TextEdits edits)
    {
        string Flow((Period Period, List<ValueRow> Rows) p) =>
            "{" + string.Join(", ", new[] { $"period: {p.Period.Label}" }.Concat(p.Rows.Select(r => $"{ValueRow.FieldKey(r.Field)}: {SeriesText.Scalar(r.Value, YamlDotNet.Core.ScalarStyle.Plain, inFlow: true)}"))) + "}";

        var values = indicator.Find("values")?.Value;
        if (values is not YSequence list || list.Items.Count == 0)
        {
            if (values is YSequence { IsFlow: true } empty)
            {
                edits.Insert(empty.StartIndex + 1, string.Join(", ", points.Select(Flow)));
                return;
            }

            if (values is not null)
            {
                // `values:` written with nothing after it: replace the empty value with a list.
                var key = indicator.Find("values")!.Value.Key;
                var blockIndent = new string(' ', key.Location.Column + 1);
                edits.Replace(key.EndIndex + 1, SeriesText.AfterLine(text, key.EndIndex), "\n" + string.Concat(points.Select(p => $"{blockIndent}- {Flow(p)}\n")));
                return;
            }

            AddEntry(text, indicator, "values:\n" + string.Join("\n", points.Select(p => $"  - {Flow(p)}")), edits);
            return;
        }

        foreach (var point in points)
        {
            // After the last entry earlier than the new period, so the file reads in date order.
            var after = list.Items.OfType<YMapping>().LastOrDefault(i => SeriesText.PeriodOf(i) is { } p && p.SortKey < point.Period.SortKey);
            var neighbour = after ?? list.Items[0];
            var written = neighbour is YMapping { IsFlow: false } ? Block(point) : Flow(point);
            if (list.IsFlow)
            {
                if (after is null) edits.Insert(list.Items[0].StartIndex, written + ", ");
                else edits.Insert(after.EndIndex, ", " + written);
                continue;
            }

            var dash = new string(' ', SeriesText.DashIndent(text, neighbour));
            var line = dash + "- " + written.Replace("\n", "\n" + dash + "  ") + "\n";
            if (after is null) edits.Insert(SeriesText.LineStart(text, list.Items[0].StartIndex), line);
            else edits.Insert(SeriesText.AfterLine(text, SeriesText.LastTextEnd(after)), line);
        }
    }

    private static string Block((Period Period, List<ValueRow> Rows) point) =>
        string.Join("\n", new[] { $"period: {point.Period.Label}" }.Concat(point.Rows.Select(r => $"{ValueRow.FieldKey(r.Field)}: {SeriesText.Scalar(r.Value, YamlDotNet.Core.ScalarStyle.Plain, inFlow: false)}")));
}
