using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>Typed reads shared by the binders: periods and dates, reported where they are written.</summary>
public static class ValueReads
{
    public static Period? Period(this MappingReader map, string key)
    {
        map.Declare(key, KeyUse.Period);
        var s = map.Scalar(key);
        if (s is null) return null;
        var period = PeriodReader.TryRead(s.Value);
        if (period is null) map.Diagnostics.Report(DiagnosticCatalog.PeriodUnreadable, s.Location, s.Value);
        return period;
    }

    public static Period? RequiredPeriod(this MappingReader map, string key)
    {
        map.Declare(key, KeyUse.Period);
        return map.Require(key) ? map.Period(key) : null;
    }

    public static PartialDate? Date(this MappingReader map, string key)
    {
        map.Declare(key, KeyUse.Date);
        var s = map.Scalar(key);
        if (s is null) return null;
        var date = DateReader.TryRead(s.Value);
        if (date is null) map.Diagnostics.Report(DiagnosticCatalog.DateUnreadable, s.Location, s.Value);
        return date;
    }

    /// <summary>A figure the plan may leave out. A key given with no value is pointed out: it shows nothing, which is seldom what was meant.</summary>
    public static Figure? Figure(this MappingReader map, string key)
    {
        map.Declare(key, KeyUse.Figure);
        if (map.IsEmpty(key)) map.Diagnostics.Report(DiagnosticCatalog.EmptyFigure, map.KeyLocationOf(key), key);
        return FigureReader.Read(map.Node(key), key, map.Diagnostics);
    }

    /// <summary>A figure that must be given: absent or empty, it is reported as missing (and not as empty too).</summary>
    public static Figure? RequiredFigure(this MappingReader map, string key)
    {
        map.Declare(key, KeyUse.Figure);
        return map.Require(key) ? FigureReader.Read(map.Node(key), key, map.Diagnostics) : null;
    }

    /// <summary>
    /// A text that may be translated: one string, in the site's default language, or a map from language code to
    /// text, the default language's first. Which codes are the site's is checked once the site's languages are known.
    /// </summary>
    public static TranslatedText? Translated(this MappingReader map, string key, bool required = false)
    {
        map.Declare(key, KeyUse.Translated);
        if (required) map.DeclareRequired(key);
        var node = map.Node(key);
        switch (node)
        {
            case null:
                if (required) map.ReportMissing(key);
                return null;
            case YScalar s:
                return s.Value.Trim() is { Length: > 0 } plain ? TranslatedText.Plain(plain) : null;
            case YMapping languages:
                var translations = new List<Translation>();
                foreach (var entry in languages.Entries)
                {
                    if (entry.Value is YScalar { IsNull: false } value && value.Value.Trim() is { Length: > 0 } text)
                    {
                        translations.Add(new Translation(entry.Key.Value, text, entry.Key.Location));
                    }
                    else
                    {
                        map.Diagnostics.Report(DiagnosticCatalog.WrongType, entry.Value.Location, $"'{key}' in {entry.Key.Value}", "one text", entry.Value.KindName);
                    }
                }

                return translations.Count == 0 ? null : new TranslatedText(translations[0].Text, translations);
            default:
                map.Diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, $"'{key}'", "a text, or a text for each language", node.KindName);
                return null;
        }
    }

    /// <summary>Markdown or plain text; a list of lines is accepted and joined, since officers often paste bullets.</summary>
    public static string? Markdown(this MappingReader map, string key)
    {
        map.Declare(key, KeyUse.Markdown);
        var node = map.Node(key);
        MarkdownDepth.Check(node, map.Diagnostics);
        return node switch
        {
            null => null,
            YScalar s => s.Value.Trim() is { Length: > 0 } t ? t : null,
            YSequence => string.Join("\n", map.TextList(key).Select(t => "- " + t)),
            _ => map.Text(key),
        };
    }
}
