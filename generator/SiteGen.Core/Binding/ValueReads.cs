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
                return Languages(languages, key, map.Diagnostics, markdown: false);
            default:
                map.Diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, $"'{key}'", "a text, or a text for each language", node.KindName);
                return null;
        }
    }

    /// <summary>
    /// A text of a plan a reader sees, which may be given in more than one language (<c>title: {en-GB: …, cy: …}</c>):
    /// the default language's text, with every language's gathered for the plan (<see cref="PlanTextCollector"/>).
    /// A plain string is read exactly as <see cref="MappingReader.Text"/> reads it.
    /// </summary>
    public static string? TranslatableText(this MappingReader map, string key, bool required = false)
    {
        map.Declare(key, KeyUse.Translated);
        if (map.Node(key) is YMapping)
        {
            var translated = map.Translated(key, required);
            PlanTextCollector.Add(key, translated, map.LocationOf(key), isMarkdown: false);
            return translated?.Text;
        }

        var text = required ? map.RequiredText(key) : map.Text(key);
        if (text is not null) PlanTextCollector.Add(key, TranslatedText.Plain(text), map.LocationOf(key), isMarkdown: false);
        return text;
    }

    /// <summary>Markdown a reader sees, which may be given in more than one language as <see cref="TranslatableText"/> is; each language's may be a list of lines.</summary>
    public static string? TranslatableMarkdown(this MappingReader map, string key)
    {
        map.Declare(key, KeyUse.TranslatedMarkdown);
        if (map.Node(key) is YMapping languages)
        {
            var translated = Languages(languages, key, map.Diagnostics, markdown: true);
            PlanTextCollector.Add(key, translated, map.LocationOf(key), isMarkdown: true);
            return translated?.Text;
        }

        var markdown = map.Markdown(key);
        if (markdown is not null) PlanTextCollector.Add(key, TranslatedText.Plain(markdown), map.LocationOf(key), isMarkdown: true);
        return markdown;
    }

    /// <summary>A list of texts a reader sees (a risk's controls, an action's partners), each of which may be given in more than one language.</summary>
    public static IReadOnlyList<string> TranslatableTextList(this MappingReader map, string key, bool isMarkdown = false)
    {
        map.Declare(key, KeyUse.TranslatedList);
        var node = map.Node(key);
        if (node is YMapping one)
        {
            var translated = Languages(one, key, map.Diagnostics, markdown: false);
            PlanTextCollector.Add(key, translated, map.LocationOf(key), isMarkdown);
            return translated is null ? [] : [translated.Text];
        }

        if (node is YSequence items && items.Items.Any(i => i is YMapping))
        {
            var texts = new List<string>();
            foreach (var item in items.Items.Each())
            {
                var translated = item switch
                {
                    YScalar { IsNull: false } s when s.Value.Trim() is { Length: > 0 } plain => TranslatedText.Plain(plain),
                    YMapping languages => Languages(languages, key, map.Diagnostics, markdown: false),
                    _ => null,
                };
                if (translated is null) continue;
                texts.Add(translated.Text);
                PlanTextCollector.Add(key, translated, item.Location, isMarkdown);
            }

            return texts;
        }

        var list = map.TextList(key);
        if (node is YSequence sequence)
        {
            foreach (var item in sequence.Items.Each())
            {
                if (item is YScalar { IsNull: false } s && s.Value.Trim() is { Length: > 0 } plain) PlanTextCollector.Add(key, TranslatedText.Plain(plain), item.Location, isMarkdown);
            }
        }
        else
        {
            foreach (var text in list) PlanTextCollector.Add(key, TranslatedText.Plain(text), map.LocationOf(key), isMarkdown);
        }

        return list;
    }

    /// <summary>A table's cell or a list's item written as a map from language code to text: the text in each language, the default first.</summary>
    public static TranslatedText? Languages(YMapping languages, string key, DiagnosticBag diagnostics, bool markdown)
    {
        var translations = new List<Translation>();
        foreach (var entry in languages.Entries.Each())
        {
            var text = entry.Value switch
            {
                YScalar { IsNull: false } value => value.Value.Trim() is { Length: > 0 } t ? t : null,
                YSequence lines when markdown && lines.Items.All(l => l is YScalar) => string.Join("\n", lines.Items.OfType<YScalar>().Select(l => "- " + l.Value.Trim())),
                _ => null,
            };
            if (text is not null)
            {
                translations.Add(new Translation(entry.Key.Value, text, entry.Key.Location));
            }
            else
            {
                diagnostics.Report(DiagnosticCatalog.WrongType, entry.Value.Location, $"'{key}' in {entry.Key.Value}", "one text", entry.Value.KindName);
            }
        }

        return translations.Count == 0 ? null : new TranslatedText(translations[0].Text, translations);
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
