using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;
using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;

namespace SiteGen.Emit;

/// <summary>The files beside the pages: each indicator's data as CSV and JSON, sitemap.xml and robots.txt.</summary>
public static class SiteFiles
{
    public sealed record FileToWrite(string Path, byte[] Content);

    private static readonly JsonWriterOptions Json = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="pagePaths">Every page of the site, for the sitemap.</param>
    /// <param name="languages">The pages of each language, for the sitemap's alternates; null for a site in one language.</param>
    public static IEnumerable<FileToWrite> Build(SiteFacts facts, SiteRoutes routes, SiteSettings settings, IReadOnlyCollection<PagePath> pagePaths, IReadOnlyDictionary<string, IReadOnlySet<PagePath>>? languages = null)
    {
        foreach (var plan in facts.Site.Plans)
        {
            var council = facts.OrganisationOf(plan)?.Name ?? plan.Organisation.Value;
            foreach (var indicator in plan.Indicators)
            {
                yield return new FileToWrite(routes.IndicatorData(plan, indicator, "csv").File, Encoding.UTF8.GetBytes(Csv(indicator)));
                yield return new FileToWrite(routes.IndicatorData(plan, indicator, "json").File, IndicatorJson(indicator, plan, council));
            }
        }

        if (settings.BaseUrl is { } baseUrl)
        {
            var search = routes.Languages.All.Select(l => routes.In(l).Search).ToHashSet();
            yield return new FileToWrite("sitemap.xml", Sitemap(baseUrl, pagePaths.Where(p => p != routes.NotFound && !search.Contains(p)), routes, settings, languages));
        }

        var robots = "User-agent: *\nAllow: /\n" + (settings.BaseUrl is null ? string.Empty : $"Sitemap: {settings.BaseUrl}sitemap.xml\n");
        yield return new FileToWrite("robots.txt", Encoding.UTF8.GetBytes(robots));
    }

    /// <summary>One row per period, every value exactly as printed.</summary>
    public static string Csv(Indicator indicator) => CsvFile.Text(
        ["reference", "title", "period", "actual", "estimate", "target", "note"],
        indicator.Values.Select(point => new[] { indicator.DisplayReference, indicator.Title, point.Period.Label, point.Actual?.Text, point.Estimate?.Text, point.Target?.Text, point.Note }));

    /// <summary>
    /// The indicator's JSON, written field by field (a missing value is left out, not written as null). Not through
    /// <see cref="JsonSerializer"/>: reflection over the shape compiled about two hundred methods at every start.
    /// </summary>
    private static byte[] IndicatorJson(Indicator indicator, Plan plan, string council)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(2048);
        using (var json = new Utf8JsonWriter(buffer, Json))
        {
            json.WriteStartObject();
            Text(json, "reference", indicator.Reference);
            Text(json, "id", indicator.Reference is null ? indicator.Key : null);
            Text(json, "definition", indicator.DefinitionReference);
            Text(json, "title", indicator.Title);
            Text(json, "unit", DataWords.Of(indicator.Unit));
            Text(json, "polarity", DataWords.Of(indicator.Polarity));
            Text(json, "periodKind", DataWords.Of(indicator.PeriodKind));
            Text(json, "council", council);
            Text(json, "plan", plan.Title);
            json.WriteStartArray("values");
            foreach (var value in indicator.Values)
            {
                json.WriteStartObject();
                Text(json, "period", value.Period.Label);
                FigureJson(json, "actual", value.Actual);
                FigureJson(json, "estimate", value.Estimate);
                FigureJson(json, "target", value.Target);
                Text(json, "note", value.Note);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("comparators");
            foreach (var comparator in indicator.Comparators)
            {
                json.WriteStartObject();
                Text(json, "against", DataWords.Of(comparator.Against));
                Text(json, "label", comparator.Label);
                Text(json, "period", comparator.Period?.Label);
                FigureJson(json, "value", comparator.Value);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (indicator.Footnotes.Count > 0)
            {
                json.WriteStartArray("footnotes");
                foreach (var footnote in indicator.Footnotes) json.WriteStringValue(footnote);
                json.WriteEndArray();
            }

            json.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static void Text(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static void Number(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } number) json.WriteNumber(name, number);
    }

    /// <summary>A figure keeps its printed text; the number is given only where the text is one.</summary>
    private static void FigureJson(Utf8JsonWriter json, string name, Figure? figure)
    {
        if (figure is null) return;
        json.WriteStartObject(name);
        json.WriteString("text", figure.Text);
        Number(json, "number", figure.Number);
        if (figure.IsSplit)
        {
            json.WriteStartArray("parts");
            foreach (var part in figure.Parts)
            {
                json.WriteStartObject();
                json.WriteString("name", part.Name);
                json.WriteString("text", part.Value.Text);
                Number(json, "number", part.Value.Number);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>
    /// Every page a search engine should know, at its clean address, in the order of the files; a page that exists in
    /// more than one language names each of them (itself included) as an alternate, as search engines ask.
    /// </summary>
    private static byte[] Sitemap(string baseUrl, IEnumerable<PagePath> pagePaths, SiteRoutes routes, SiteSettings site, IReadOnlyDictionary<string, IReadOnlySet<PagePath>>? languages)
    {
        const string Xhtml = "http://www.w3.org/1999/xhtml";
        string LanguageOf(PagePath path) => languages?.FirstOrDefault(l => l.Value.Contains(path)).Key ?? routes.Languages.Default;
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartElement("urlset", "http://www.sitemaps.org/schemas/sitemap/0.9");
            foreach (var path in pagePaths.OrderBy(p => p.File, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url");
                xml.WriteElementString("loc", baseUrl + path.Address);
                var own = routes.In(LanguageOf(path));
                var alternates = languages is null
                    ? []
                    : routes.Languages.All.Select(l => (Language: l, Path: own.Counterpart(path, routes.In(l)))).Where(a => languages.TryGetValue(a.Language, out var pages) && pages.Contains(a.Path)).ToList();
                if (alternates.Count > 1)
                {
                    foreach (var (language, alternate) in alternates)
                    {
                        xml.WriteStartElement("xhtml", "link", Xhtml);
                        xml.WriteAttributeString("rel", "alternate");
                        xml.WriteAttributeString("hreflang", language == routes.Languages.Default ? site.Language : language);
                        xml.WriteAttributeString("href", baseUrl + alternate.Address);
                        xml.WriteEndElement();
                    }
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }
}
