using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class ProgressBinder
{
    /// <summary>What a progress table counts (its <c>of</c>).</summary>
    private static readonly string[] TableKinds = ["actions", "indicators"];

    public static ProgressReport? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "a progress report", diagnostics);
        if (map is null) return null;
        var period = map.RequiredPeriod("period");
        var title = map.TranslatableText("title");
        var published = map.Date("published");
        var summary = map.TranslatableMarkdown("summary");
        var actions = map.List("actions", n =>
        {
            var a = MappingReader.Open(n, "an action's progress", diagnostics);
            if (a is null) return null;
            var action = a.Reference("action");
            var description = a.TranslatableText("description");
            var progress = new ActionProgress(action, description, a.Choice("status", Vocabulary.Statuses), a.Figure("percent"), a.TranslatableMarkdown("commentary"));
            if (action is null && description is null) a.ReportMissing("action' or 'description");
            a.Finish();
            return action is null && description is null ? null : progress;
        });
        var indicators = map.List("indicators", n =>
        {
            var i = MappingReader.Open(n, "an indicator's progress", diagnostics);
            if (i is null) return null;
            var indicator = i.Reference("indicator");
            var description = i.TranslatableText("description");
            var progress = new IndicatorProgress(indicator, description, i.Choice("status", Vocabulary.Statuses), i.Figure("value"), i.TranslatableMarkdown("commentary"));
            if (indicator is null && description is null) i.ReportMissing("indicator' or 'description");
            i.Finish();
            return indicator is null && description is null ? null : progress;
        });
        var counts = Counts(MappingReader.Open(map.Node("stated_counts"), "the stated counts", diagnostics), diagnostics);
        var tables = map.List("tables", n => BindTable(n, diagnostics));
        var editorNote = map.TranslatableMarkdown("editor_note");
        map.Finish();
        return period is null
            ? null
            : new ProgressReport(file.File.Name, period, title, published, actions, indicators, counts, map.Location) { Summary = summary, Tables = tables, EditorNote = editorNote };
    }

    private static ProgressTable? BindTable(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a progress table", diagnostics);
        if (map is null) return null;
        var title = map.TranslatableText("title", required: true);
        map.Declare("of", KeyUse.Choice, TableKinds);
        var ofNode = map.Scalar("of");
        var of = ofNode?.Value.Trim();
        map.DeclareRequired("of");
        if (ofNode is null) map.ReportMissing("of");
        else if (!TableKinds.Contains(of, StringComparer.Ordinal))
        {
            diagnostics.ReportWithSuggestion(DiagnosticCatalog.ValueNotAllowed, ofNode.Location, Suggestions.DidYouMean(of!, TableKinds), of, "of", string.Join(", ", TableKinds.Select(k => $"`{k}`")));
            of = null;
        }
        var rows = map.List("rows", n =>
        {
            var r = MappingReader.Open(n, "a row of a progress table", diagnostics);
            if (r is null) return null;
            var scope = r.TranslatableText("scope", required: true);
            var total = Whole(r, "total", diagnostics);
            var counts = Counts(MappingReader.Open(r.Node("counts"), "the counts of a row", diagnostics), diagnostics);
            var percentages = Percentages(MappingReader.Open(r.Node("percentages"), "the percentages of a row", diagnostics));
            var others = r.List("others", o =>
            {
                var x = MappingReader.Open(o, "another column of a row", diagnostics);
                if (x is null) return null;
                var label = x.TranslatableText("label", required: true);
                var other = new ProgressOther(label ?? string.Empty, Whole(x, "count", diagnostics), x.Figure("percentage"), x.Choice("within", Vocabulary.Statuses));
                x.Finish();
                return label is null ? null : other;
            });
            r.Finish();
            return scope is null ? null : new ProgressTableRow(scope, total, counts, percentages, others, r.Location);
        });
        map.Finish();
        return title is null || of is null ? null : new ProgressTable(title, of, rows);
    }

    private static Dictionary<RagStatus, int> Counts(MappingReader? map, DiagnosticBag diagnostics)
    {
        var counts = new Dictionary<RagStatus, int>();
        if (map is null) return counts;
        foreach (var (word, status) in Vocabulary.Statuses)
        {
            if (Whole(map, word, diagnostics) is { } n) counts[status] = n;
        }

        map.Finish();
        return counts;
    }

    private static Dictionary<RagStatus, Figure> Percentages(MappingReader? map)
    {
        var percentages = new Dictionary<RagStatus, Figure>();
        if (map is null) return percentages;
        foreach (var (word, status) in Vocabulary.Statuses)
        {
            if (map.Figure(word) is { } f) percentages[status] = f;
        }

        map.Finish();
        return percentages;
    }

    private static int? Whole(MappingReader map, string key, DiagnosticBag diagnostics)
    {
        var s = map.Scalar(key);
        if (s is null) return null;
        if (int.TryParse(s.Value, out var n)) return n;
        diagnostics.Report(DiagnosticCatalog.NumberUnreadable, s.Location, s.Value, "a count is a whole number");
        return null;
    }
}
