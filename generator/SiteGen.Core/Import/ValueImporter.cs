using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Yaml;

namespace SiteGen.Import;

/// <summary>
/// Puts figures from a spreadsheet into the indicators' YAML files. It changes only the values named:
/// a figure already there is replaced in place, in the quoting it had; a missing field is added to
/// the period's entry; a new period is added to the series in date order, written like its
/// neighbours. Comments, order and formatting elsewhere stay byte for byte. Nothing is written unless
/// every line of the spreadsheet can be applied. A figure that does not fit its indicator's unit (money
/// or a count into a percentage) is pointed out, as <c>sitegen validate</c> would.
/// </summary>
public static class ValueImporter
{
    public static ValueImport? Prepare(SiteSettings settings, IReadOnlyList<ValueRow> rows, DiagnosticBag diagnostics)
    {
        var discovered = ContentDiscoverer.Discover(settings, diagnostics);
        var files = discovered.Where(f => f.Kind == ContentFileKind.IndicatorList).ToList();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var sources = new List<IndicatorSource>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file.FullPath);
            texts[file.FullPath] = text;
            sources.AddRange(IndicatorSource.In(file, YamlNodeParser.Parse(text, file.Path, diagnostics)));
        }

        var targets = Resolve(rows, sources, diagnostics);
        if (diagnostics.HasErrors) return null;
        CheckUnits(targets, DefinedUnits(discovered), diagnostics);

        var edits = new Dictionary<string, TextEdits>(StringComparer.Ordinal);
        foreach (var indicator in targets.GroupBy(t => t.Source))
        {
            var source = indicator.Key;
            var fileEdits = edits.TryGetValue(source.File.FullPath, out var e) ? e : edits[source.File.FullPath] = new TextEdits();
            SeriesWriter.Write(texts[source.File.FullPath], source, indicator.Select(t => t.Row).ToList(), fileEdits, diagnostics);
        }

        if (diagnostics.HasErrors) return null;

        var newTexts = edits.Where(e => !e.Value.IsEmpty).ToDictionary(e => e.Key, e => e.Value.ApplyTo(texts[e.Key]), StringComparer.Ordinal);
        var written = new WrittenIndicators(newTexts);
        var changes = targets.Select(t => ReadBack(t.Source, t.Row, written)).OfType<ValueChange>().ToList();
        return new ValueImport(changes, targets.Count - changes.Count, newTexts);
    }

    /// <summary>Warns of each figure that does not fit its indicator's unit, given in its file or by its shared definition.</summary>
    private static void CheckUnits(List<(ValueRow Row, IndicatorSource Source)> targets, IReadOnlyDictionary<string, Model.Unit> definedUnits, DiagnosticBag diagnostics)
    {
        foreach (var (row, source) in targets)
        {
            var unitText = SeriesText.ScalarOf(source.Node, "unit")?.Value.Trim();
            var definition = SeriesText.ScalarOf(source.Node, "definition")?.Value.Trim() ?? source.Reference;
            Model.Unit? unit = unitText is not null && Vocabulary.Units.TryGetValue(unitText, out var own) ? own
                : definedUnits.TryGetValue(definition, out var defined) ? defined
                : null;
            if (unit is { } known && UnitFit.Mismatch(FigureReader.FromText(row.Value), known) is { } looksLike)
            {
                diagnostics.Report(DiagnosticCatalog.FigureUnitMismatch, row.ValueLocation ?? row.Location, row.Value, looksLike, UnitFit.Word(known));
            }
        }
    }

    /// <summary>The unit of every shared definition, by reference, read from the definition files' nodes.</summary>
    private static IReadOnlyDictionary<string, Model.Unit> DefinedUnits(IReadOnlyList<ContentFile> files)
    {
        var units = new Dictionary<string, Model.Unit>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Kind == ContentFileKind.DefinitionSet))
        {
            var root = YamlNodeParser.Parse(File.ReadAllText(file.FullPath), file.Path, new DiagnosticBag());
            if (root is not YMapping map || map.Find("definitions")?.Value is not YSequence list) continue;
            foreach (var item in list.Items.OfType<YMapping>())
            {
                var reference = SeriesText.ScalarOf(item, "reference")?.Value.Trim();
                var unit = SeriesText.ScalarOf(item, "unit")?.Value.Trim();
                if (reference is not null && unit is not null && Vocabulary.Units.TryGetValue(unit, out var known)) units.TryAdd(reference, known);
            }
        }

        return units;
    }

    /// <summary>Writes every file or none: each new text goes to a temporary file first, then all are moved into place.</summary>
    public static void Write(ValueImport import)
    {
        var staged = new List<(string Temporary, string Final)>();
        try
        {
            foreach (var (path, text) in import.NewTexts)
            {
                var temporary = path + ".sitegen-import";
                File.WriteAllText(temporary, text, new System.Text.UTF8Encoding(false));
                staged.Add((temporary, path));
            }

            foreach (var (temporary, final) in staged) File.Move(temporary, final, overwrite: true);
        }
        finally
        {
            foreach (var (temporary, _) in staged) File.Delete(temporary);
        }
    }

    private static List<(ValueRow Row, IndicatorSource Source)> Resolve(IReadOnlyList<ValueRow> rows, List<IndicatorSource> sources, DiagnosticBag diagnostics)
    {
        var byKey = sources.ToLookup(s => IndicatorSource.Key(s.Reference));
        var plans = sources.Select(s => s.PlanId).ToHashSet(StringComparer.Ordinal);
        var resolved = new List<(ValueRow, IndicatorSource)>();
        var seen = new Dictionary<(IndicatorSource, string, ValueField), ValueRow>();
        foreach (var row in rows)
        {
            var candidates = byKey[IndicatorSource.Key(row.Reference)].ToList();
            if (row.Plan is not null)
            {
                if (!plans.Contains(row.Plan))
                {
                    diagnostics.ReportWithSuggestion(DiagnosticCatalog.UnknownPlan, row.Location, Suggestions.DidYouMean(row.Plan, plans), row.Plan);
                    continue;
                }

                candidates = candidates.Where(c => c.PlanId == row.Plan).ToList();
            }

            if (candidates.Count == 0)
            {
                var names = (row.Plan is null ? sources : sources.Where(s => s.PlanId == row.Plan)).Select(s => s.Reference).Distinct();
                diagnostics.ReportWithSuggestion(DiagnosticCatalog.ImportUnknownIndicator, row.Location, Suggestions.DidYouMean(row.Reference, names), row.Reference, row.Plan is null ? "on this site" : $"in the plan {row.Plan}");
                continue;
            }

            if (candidates.Count > 1)
            {
                var inPlans = candidates.Select(c => c.PlanId).Distinct().ToList();
                diagnostics.Report(DiagnosticCatalog.ImportAmbiguousIndicator, row.Location, row.Reference, string.Join(", ", inPlans), inPlans[0]);
                continue;
            }

            var source = candidates[0];
            var key = (source, row.Period.Label, row.Field);
            if (seen.TryGetValue(key, out var first))
            {
                diagnostics.Report(DiagnosticCatalog.ImportDuplicateRow, row.Location, source.Reference, row.Period.Label, ValueRow.FieldKey(row.Field), first.Location.Line);
                continue;
            }

            seen[key] = row;
            resolved.Add((row, source));
        }

        return resolved;
    }

    /// <summary>
    /// Finds each value where it stands in the written text: the line reported is where the officer
    /// will find it, and a value that does not read back as written is SiteGen's fault, caught before
    /// anything reaches the disk. Null when the file already held the figure.
    /// </summary>
    private static ValueChange? ReadBack(IndicatorSource source, ValueRow row, WrittenIndicators written)
    {
        var field = ValueRow.FieldKey(row.Field);
        var before = SeriesWriter.PointsOf(source.Node).FirstOrDefault(p => SeriesText.PeriodOf(p) == row.Period) is { } old
            ? SeriesText.ScalarOf(old, field)?.Value.Trim()
            : null;
        if (before == row.Value) return null;

        var now = written.Find(source)
            ?? throw new InvalidOperationException($"after import, {source.Reference} cannot be found in {source.File.Path}");
        var point = SeriesWriter.PointsOf(now.Node).FirstOrDefault(p => SeriesText.PeriodOf(p) == row.Period);
        var value = point is null ? null : SeriesText.ScalarOf(point, field);
        if (value is null || value.Value.Trim() != row.Value)
        {
            throw new InvalidOperationException($"after import, the {field} of {source.Reference} for {row.Period.Label} in {source.File.Path} does not read back as '{row.Value}'");
        }

        return new ValueChange(source.File.Path, value.Location.Line, source.Reference, row.Period.Label, field, before, row.Value);
    }

    /// <summary>The indicators of each changed file as the new text has them, each file parsed once.</summary>
    private sealed class WrittenIndicators(IReadOnlyDictionary<string, string> newTexts)
    {
        private readonly Dictionary<string, List<IndicatorSource>> _byFile = new(StringComparer.Ordinal);

        public IndicatorSource? Find(IndicatorSource source)
        {
            var file = source.File;
            if (!_byFile.TryGetValue(file.FullPath, out var indicators))
            {
                var check = new DiagnosticBag();
                var root = YamlNodeParser.Parse(newTexts[file.FullPath], file.Path, check);
                if (check.HasErrors) throw new InvalidOperationException($"after import, {file.Path} is no longer valid YAML: {string.Join("; ", check.Sorted())}");
                _byFile[file.FullPath] = indicators = IndicatorSource.In(file, root).ToList();
            }

            return indicators.FirstOrDefault(s => s.Reference == source.Reference);
        }
    }
}
