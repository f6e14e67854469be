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
/// every line of the spreadsheet can be applied.
/// </summary>
public static class ValueImporter
{
    public static ValueImport? Prepare(SiteSettings settings, IReadOnlyList<ValueRow> rows, DiagnosticBag diagnostics)
    {
        var files = ContentDiscoverer.Discover(settings, diagnostics).Where(f => f.Kind == ContentFileKind.IndicatorList).ToList();
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

        var edits = new Dictionary<string, TextEdits>(StringComparer.Ordinal);
        var unchanged = 0;
        foreach (var indicator in targets.GroupBy(t => t.Source))
        {
            var source = indicator.Key;
            var fileEdits = edits.TryGetValue(source.File.FullPath, out var e) ? e : edits[source.File.FullPath] = new TextEdits();
            unchanged += SeriesWriter.Write(texts[source.File.FullPath], source, indicator.Select(t => t.Row).ToList(), fileEdits, diagnostics);
        }

        if (diagnostics.HasErrors) return null;

        var newTexts = edits.Where(e => !e.Value.IsEmpty).ToDictionary(e => e.Key, e => e.Value.ApplyTo(texts[e.Key]), StringComparer.Ordinal);
        var changes = targets.Select(t => ReadBack(t.Source, t.Row, newTexts)).OfType<ValueChange>().ToList();
        return new ValueImport(changes, unchanged, newTexts);
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
    /// Reads the written text back as YAML and finds each value where it now stands: the line reported
    /// is where the officer will find it, and a value that does not read back as written is SiteGen's
    /// fault, caught before anything reaches the disk.
    /// </summary>
    private static ValueChange? ReadBack(IndicatorSource source, ValueRow row, IReadOnlyDictionary<string, string> newTexts)
    {
        var path = source.File.FullPath;
        if (!newTexts.TryGetValue(path, out var text)) return null;
        var field = ValueRow.FieldKey(row.Field);
        var check = new DiagnosticBag();
        var written = IndicatorSource.In(source.File, YamlNodeParser.Parse(text, source.File.Path, check))
            .FirstOrDefault(s => s.Reference == source.Reference)
            ?? throw new InvalidOperationException($"after import, {source.Reference} cannot be found in {source.File.Path} ({string.Join("; ", check.Sorted())})");
        var point = SeriesWriter.PointsOf(written.Node).FirstOrDefault(p => SeriesText.PeriodOf(p) is { } period && SeriesText.SamePeriod(period, row.Period));
        var value = point is null ? null : SeriesText.ScalarOf(point, field);
        if (value is null || value.Value.Trim() != row.Value)
        {
            throw new InvalidOperationException($"after import, the {field} of {source.Reference} for {row.Period.Label} in {source.File.Path} does not read back as '{row.Value}'");
        }

        var before = SeriesWriter.PointsOf(source.Node).FirstOrDefault(p => SeriesText.PeriodOf(p) is { } period && SeriesText.SamePeriod(period, row.Period)) is { } old
            ? SeriesText.ScalarOf(old, field)?.Value.Trim()
            : null;
        return before == row.Value ? null : new ValueChange(source.File.Path, value.Location.Line, source.Reference, row.Period.Label, field, before, row.Value);
    }
}
