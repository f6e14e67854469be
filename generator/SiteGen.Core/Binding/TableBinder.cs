using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class TableBinder
{
    public static DataTable? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "a table", diagnostics);
        if (map is null) return null;
        var title = map.TranslatableText("title", required: true);
        var section = map.Text("section");
        var columns = ReadColumns(map, diagnostics);
        map.DeclareRequired("columns");
        if (columns.Count == 0) map.ReportMissing("columns");
        var rows = new List<IReadOnlyList<string>>();
        map.DeclareRequired("rows");
        switch (map.Node("rows"))
        {
            case null:
                map.ReportMissing("rows");
                break;
            case YSequence seq:
                foreach (var row in seq.Items.Each())
                {
                    if (row is YSequence cells)
                    {
                        var values = cells.Items.Select(c => Cell(c, "rows", diagnostics)).ToList();
                        if (values.Any(v => v is null))
                        {
                            diagnostics.Report(DiagnosticCatalog.WrongType, row.Location, "Each cell of a row", "a single value, or its text in each language ({en-GB: …, cy: …})", "a list");
                            continue;
                        }

                        if (columns.Count > 0 && values.Count > columns.Count)
                        {
                            diagnostics.Report(DiagnosticCatalog.WrongType, row.Location, "This row", $"at most {columns.Count} cells (one per column)", $"{values.Count} cells");
                        }

                        rows.Add(values!);
                    }
                    else
                    {
                        diagnostics.Report(DiagnosticCatalog.WrongType, row.Location, "Each row", "a list of cells such as [Measure, \"35\", \"19\"]", row.KindName);
                    }
                }

                break;
            case var other:
                diagnostics.Report(DiagnosticCatalog.WrongType, other.Location, "'rows'", "a list of rows", other.KindName);
                break;
        }

        var notes = map.TranslatableTextList("notes");
        var editorNote = map.TranslatableMarkdown("editor_note");
        map.Finish();
        return title is null ? null : new DataTable(file.File.Name, title, section, columns, rows, notes, map.Location) { EditorNote = editorNote };
    }

    /// <summary>
    /// A cell or heading as printed, or, given as a map from language code to text, in the default language with its
    /// translations gathered for the plan. Cells of words are the plan's texts; figures ("35", "12.5%") are not.
    /// </summary>
    private static string? Cell(YNode node, string key, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case YScalar s:
                var text = s.IsNull ? string.Empty : s.Value.Trim();
                if (text.Count(char.IsLetter) >= 2) PlanTextCollector.Add(key, TranslatedText.Plain(text), s.Location, isMarkdown: false);
                return text;
            case YMapping languages:
                var translated = ValueReads.Languages(languages, key, diagnostics, markdown: false);
                PlanTextCollector.Add(key, translated, node.Location, isMarkdown: false);
                return translated?.Text ?? string.Empty;
            default:
                return null;
        }
    }

    /// <summary>Headings are kept as printed, blanks included: many plans leave the row-label column unheaded.</summary>
    private static IReadOnlyList<string> ReadColumns(MappingReader map, DiagnosticBag diagnostics)
    {
        switch (map.Node("columns"))
        {
            case YSequence seq:
                var columns = new List<string>();
                foreach (var item in seq.Items.Each())
                {
                    if (Cell(item, "columns", diagnostics) is { } heading) columns.Add(heading);
                    else diagnostics.Report(DiagnosticCatalog.WrongType, item.Location, "Each column heading", "a single value, or its text in each language", item.KindName);
                }

                return columns;
            case null:
                return [];
            case var other:
                diagnostics.Report(DiagnosticCatalog.WrongType, other.Location, "'columns'", "a list of headings", other.KindName);
                return [];
        }
    }
}
