using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class BudgetBinder
{
    public static IReadOnlyList<BudgetTable> Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "a budget file", diagnostics);
        if (map is null) return [];
        map.Require("budgets");
        var tables = map.List("budgets", n => BindTable(n, diagnostics));
        map.Finish();
        return tables;
    }

    private static BudgetTable? BindTable(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a budget", diagnostics);
        if (map is null) return null;
        var title = map.TranslatableText("title", required: true);
        var kind = map.Choice("kind", Vocabulary.BudgetKinds) ?? BudgetKind.Revenue;
        var unit = map.Text("unit");
        map.Require("columns");
        var columns = map.List("columns", n => BindColumn(n, diagnostics));
        var columnIds = columns.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var textColumns = columns.Where(c => c.IsText).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        map.Require("lines");
        var lines = map.List("lines", n => BindLine(n, columnIds, textColumns, "a budget line", true, diagnostics));
        var total = map.Node("total") is { } totalNode ? BindLine(totalNode, columnIds, textColumns, "the budget total", false, diagnostics) : null;
        var notes = map.TranslatableTextList("notes");
        var editorNote = map.TranslatableMarkdown("editor_note");
        map.Finish();
        Uniqueness.Check(columns, c => c.Id, _ => map.LocationOf("columns"), "the budget column", diagnostics);
        return title is null ? null : new BudgetTable(title, kind, unit, columns, lines, total, notes, map.Location) { EditorNote = editorNote };
    }

    private static BudgetColumn? BindColumn(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a budget column", diagnostics);
        if (map is null) return null;
        var id = map.RequiredText("id");
        var label = map.TranslatableText("label", required: true);
        var year = map.Period("year");
        var basis = map.Choice("basis", Vocabulary.BudgetBases);
        var text = map.Choice("holds", Vocabulary.BudgetColumnContents) ?? false;
        map.Finish();
        return id is null || label is null ? null : new BudgetColumn(id, label, year, basis) { IsText = text };
    }

    private static BudgetLine? BindLine(YNode node, HashSet<string> columnIds, HashSet<string> textColumns, string what, bool nameRequired, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, what, diagnostics);
        if (map is null) return null;
        var reference = map.Text("reference");
        var name = nameRequired ? map.TranslatableText("name", required: true) : map.TranslatableText("name") ?? "Total";
        var values = new Dictionary<string, Figure>(StringComparer.Ordinal);
        var valuesMap = MappingReader.Open(map.Node("values"), "the values of a budget line", diagnostics);
        var note = map.TranslatableText("note");
        map.Finish();
        if (valuesMap is not null)
        {
            foreach (var id in columnIds)
            {
                var figure = valuesMap.Figure(id);
                if (figure is null) continue;
                if (figure.Number is null && !figure.IsSplit && !textColumns.Contains(id))
                {
                    diagnostics.Report(DiagnosticCatalog.NumberUnreadable, valuesMap.LocationOf(id), figure.Text, "budget figures are numbers as printed, e.g. 2,059 or -328, of at most 15 digits before the point; leave a blank cell out");
                }

                values[id] = figure;
            }

            // Keys that are not columns: report them as unknown columns rather than unknown keys, which would confuse.
            ReportUnknownColumns(node, columnIds, diagnostics);
        }

        return name is null ? null : new BudgetLine(reference, name, values, note, map.Location);
    }

    private static void ReportUnknownColumns(YNode lineNode, HashSet<string> columnIds, DiagnosticBag diagnostics)
    {
        if (lineNode is not YMapping line) return;
        var values = line.Find("values")?.Value as YMapping;
        if (values is null) return;
        foreach (var entry in values.Entries.Each())
        {
            if (!columnIds.Contains(entry.Key.Value))
            {
                diagnostics.ReportWithSuggestion(DiagnosticCatalog.UnknownBudgetColumn, entry.Key.Location, Suggestions.DidYouMean(entry.Key.Value, columnIds), entry.Key.Value);
            }
        }
    }
}
