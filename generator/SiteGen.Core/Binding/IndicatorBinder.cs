using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>
/// Binds a file of indicators. Each indicator is merged with its shared definition here, once:
/// the plan's own wording wins, the definition fills what the plan leaves out.
/// </summary>
public static class IndicatorBinder
{
    public static IReadOnlyList<Indicator> Bind(ParsedFile file, PlanContext context, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "an indicators file", diagnostics);
        if (map is null) return [];
        map.Require("indicators");
        var indicators = map.List("indicators", n => BindIndicator(n, context, diagnostics));
        map.Finish();
        return indicators;
    }

    private static Indicator? BindIndicator(YNode node, PlanContext context, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "an indicator", diagnostics);
        if (map is null) return null;
        var reference = map.Text("reference");
        var id = map.Text("id");
        var definitionRef = map.Reference("definition");
        var codes = map.TextList("codes");
        var title = map.TranslatableText("title");
        var description = map.TranslatableMarkdown("description");
        var unit = map.Choice("unit", Vocabulary.Units);
        var polarity = map.Choice("polarity", Vocabulary.Polarities);
        var periodKind = map.Choice("period_kind", Vocabulary.PeriodKinds);
        var importance = map.Choice("importance", Vocabulary.Importance);
        var category = map.TranslatableText("category");
        var tags = map.TextList("tags");
        var owner = map.Reference("owner");
        var providedBy = map.TranslatableText("provided_by");
        // Every figure with where it is written, to be checked against the unit once the definition has given it.
        var figures = new List<(Figure Figure, SourceLocation Location)>();
        var values = map.List("values", n => BindPoint(n, context, figures, diagnostics));
        var comparators = map.List("comparators", n => BindComparator(n, figures, diagnostics));
        var bandings = map.List("banding", n => BindBanding(n, diagnostics));
        var authorityValues = BindAuthorityValues(map.Node("authority_values"), figures, diagnostics);
        var commentary = map.TranslatableMarkdown("commentary");
        var comparison = map.TranslatableMarkdown("comparison");
        var periodsNote = map.TranslatableMarkdown("periods_note");
        var footnotes = map.TranslatableTextList("footnotes");
        var editorNote = map.TranslatableMarkdown("editor_note");
        map.Finish();

        if (reference is null && id is null)
        {
            diagnostics.Report(DiagnosticCatalog.MissingKey, map.Location, "reference' or 'id", "An indicator");
            return null;
        }

        IndicatorDefinition? definition = null;
        var definitionUnknown = false;
        if (definitionRef is not null)
        {
            if (!context.Definitions.TryGetValue(definitionRef.Value, out definition))
            {
                definitionUnknown = true;
                if (!context.DefinitionsIncomplete)
                {
                    diagnostics.ReportWithSuggestion(DiagnosticCatalog.UnknownDefinition, definitionRef.Location, Suggestions.DidYouMean(definitionRef.Value, context.Definitions.Keys), definitionRef.Value);
                }
            }
        }
        else if (reference is not null && !context.Definitions.TryGetValue(reference, out definition))
        {
            // Its definition may be in the definitions file that could not be read.
            definitionUnknown = context.DefinitionsIncomplete;
        }

        // A key that is absent (and not supplied by a definition) is reported as missing; a key that is
        // present but invalid has been reported already. Either way the indicator is still bound, with a
        // stand-in, so references to it resolve and one mistake gives one message. The error stops the
        // build, so a stand-in never reaches a page.
        void RequireFrom(string key, object? value)
        {
            if (value is null && !definitionUnknown && !map.Has(key))
            {
                diagnostics.Report(DiagnosticCatalog.MissingKey, map.Location, key, "An indicator without a shared definition");
            }
        }

        title ??= definition?.Title;
        unit ??= definition?.Unit;
        polarity ??= definition?.Polarity;
        RequireFrom("title", title);
        RequireFrom("unit", unit);
        RequireFrom("polarity", polarity);
        CheckSeries(values, diagnostics);
        if (unit is { } known) CheckUnits(figures, known, diagnostics);
        title ??= reference ?? id!;
        unit ??= Unit.Text;
        polarity ??= Polarity.Neither;

        return new Indicator(
            reference ?? id!,
            reference,
            definition?.Reference,
            codes,
            title,
            description ?? definition?.Description,
            unit.Value,
            polarity.Value,
            periodKind ?? definition?.PeriodKind ?? PeriodKind.FinancialYear,
            importance ?? true,
            category,
            tags,
            owner,
            providedBy,
            values.OrderBy(v => v.Period.SortKey).ToList(),
            comparators,
            bandings,
            authorityValues,
            commentary,
            comparison,
            periodsNote,
            footnotes,
            map.Location)
        {
            EditorNote = editorNote,
        };
    }

    private static void CheckUnits(List<(Figure Figure, SourceLocation Location)> figures, Unit unit, DiagnosticBag diagnostics)
    {
        foreach (var (figure, location) in figures)
        {
            if (UnitFit.Mismatch(figure, unit) is { } looksLike)
            {
                diagnostics.Report(DiagnosticCatalog.FigureUnitMismatch, location, figure.Text, looksLike, UnitFit.Word(unit));
            }
        }
    }

    private static void CheckSeries(IReadOnlyList<SeriesPoint> values, DiagnosticBag diagnostics)
    {
        // A series is a handful of years: looking back along it is cheaper than a dictionary per indicator,
        // which a long series (monthly figures over years) still gets.
        Dictionary<string, SourceLocation>? seen = values.Count > 16 ? new(StringComparer.Ordinal) : null;
        for (var i = 0; i < values.Count; i++)
        {
            var label = values[i].Period.Label;
            var first = seen is null ? FirstEarlier(values, i) : seen.TryGetValue(label, out var at) ? at : null;
            if (first is { } earlier)
            {
                diagnostics.Report(DiagnosticCatalog.DuplicatePeriod, values[i].Location, label, earlier.Line);
            }
            else
            {
                seen?.Add(label, values[i].Location);
            }
        }
    }

    /// <summary>Where the period of point <paramref name="index"/> was first given, if an earlier point has it.</summary>
    private static SourceLocation? FirstEarlier(IReadOnlyList<SeriesPoint> values, int index)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(values[j].Period.Label, values[index].Period.Label, StringComparison.Ordinal)) return values[j].Location;
        }

        return null;
    }

    private static SeriesPoint? BindPoint(YNode node, PlanContext context, List<(Figure, SourceLocation)> figures, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a value in the series", diagnostics);
        if (map is null) return null;
        var period = map.RequiredPeriod("period");
        var actual = map.Figure("actual");
        var estimate = map.Figure("estimate");
        var target = map.Figure("target");
        if (actual is not null) figures.Add((actual, map.LocationOf("actual")));
        if (estimate is not null) figures.Add((estimate, map.LocationOf("estimate")));
        if (target is not null) figures.Add((target, map.LocationOf("target")));
        var met = map.Text("met");
        var improved = map.Text("improved");
        var note = map.TranslatableText("note");
        map.Finish();
        if (period is null) return null;
        if (target is not null && !context.AcceptsTargetFor(period))
        {
            diagnostics.Report(DiagnosticCatalog.TargetOutsidePlan, map.LocationOf("target"), period.Label, context.Plan.Period);
        }

        return new SeriesPoint(period, actual, estimate, target, note, map.Location) { Met = met, Improved = improved };
    }

    private static Comparator? BindComparator(YNode node, List<(Figure, SourceLocation)> figures, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a comparator", diagnostics);
        if (map is null) return null;
        var against = map.Choice("against", Vocabulary.Comparators);
        map.Require("against");
        var label = map.Text("label");
        var period = map.Period("period");
        var value = map.RequiredFigure("value");
        map.Finish();
        if (value is not null) figures.Add((value, map.LocationOf("value")));
        return against is null || value is null ? null : new Comparator(against.Value, label, period, value);
    }

    private static Banding? BindBanding(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a banding", diagnostics);
        if (map is null) return null;
        var scale = map.Reference("scale");
        map.DeclareRequired("scale");
        if (scale is null) map.ReportMissing("scale");
        var period = map.Period("period");
        var band = map.RequiredFigure("band");
        map.Finish();
        return scale is null || band is null ? null : new Banding(scale, period, band);
    }

    private static AuthorityValues? BindAuthorityValues(YNode? node, List<(Figure, SourceLocation)> figures, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the authority values", diagnostics);
        if (map is null) return null;
        var period = map.Period("period");
        var values = map.List("values", n =>
        {
            var v = MappingReader.Open(n, "an authority's value", diagnostics);
            if (v is null) return null;
            var authority = v.RequiredText("authority");
            var value = v.RequiredFigure("value");
            v.Finish();
            if (value is not null) figures.Add((value, v.LocationOf("value")));
            return authority is null || value is null ? null : new AuthorityValue(authority, value);
        });
        map.Finish();
        return new AuthorityValues(period, values);
    }
}
