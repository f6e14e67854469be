using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// A Hugo site with the same pages as a SiteGen build of the synthetic corpus, made from that build: one
/// content file per page at the same address, with the page's title and its text as Markdown, and for every
/// indicator page the same indicator data (from the JSON SiteGen writes beside it) as front matter, which the
/// Hugo templates draw as a table of the series and an SVG line, as SiteGen's pages do. The templates also
/// write the breadcrumbs and the pages beside each page, so Hugo does the kinds of work SiteGen does per page.
/// </summary>
public static partial class HugoSite
{
    /// <summary>Writes the Hugo project into <paramref name="folder"/>; returns the number of pages it will have.</summary>
    public static int Write(string builtSite, string folder)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "config.toml"), """
            baseURL = "https://plans.example.org/"
            languageCode = "en-gb"
            title = "Synthetic plans"
            disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]
            [markup.goldmark.renderer]
            unsafe = false
            """);
        var layouts = Path.Combine(folder, "layouts", "_default");
        Directory.CreateDirectory(layouts);
        File.WriteAllText(Path.Combine(layouts, "baseof.html"), BaseTemplate);
        File.WriteAllText(Path.Combine(layouts, "single.html"), PageTemplate);
        File.WriteAllText(Path.Combine(layouts, "list.html"), PageTemplate);
        Directory.CreateDirectory(Path.Combine(folder, "layouts", "partials"));
        File.WriteAllText(Path.Combine(folder, "layouts", "partials", "series.html"), SeriesTemplate);

        var content = Path.Combine(folder, "content");
        var pages = Directory.GetFiles(builtSite, "index.html", SearchOption.AllDirectories);
        var folders = pages.Select(p => Path.GetDirectoryName(Path.GetRelativePath(builtSite, p))!).ToHashSet(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var relative = Path.GetDirectoryName(Path.GetRelativePath(builtSite, page))!;
            // A folder with pages below it is a Hugo section (_index.md); one without is a leaf (index.md).
            var hasChildren = relative.Length == 0 || folders.Any(f => f.Length > relative.Length && f.StartsWith(relative + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            var target = Path.Combine(content, relative, hasChildren ? "_index.md" : "index.md");
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, ContentFile(page));
        }

        return pages.Length;
    }

    private static string ContentFile(string page)
    {
        var html = File.ReadAllText(page);
        var front = new JsonObject { ["title"] = WebUtility.HtmlDecode(Title().Match(html).Groups[1].Value) };
        // An indicator's data is written beside its page, named after the page's folder.
        var folder = Path.GetDirectoryName(page)!;
        var data = Path.Combine(folder, Path.GetFileName(folder) + ".json");
        if (File.Exists(data) && JsonNode.Parse(File.ReadAllText(data)) is JsonObject indicator)
        {
            front["indicator"] = indicator;
        }

        var main = MainElement().Match(html).Groups[1].Value;
        var text = new StringBuilder();
        foreach (Match block in Block().Matches(main))
        {
            var words = WebUtility.HtmlDecode(Tag().Replace(block.Groups[1].Value, " ")).Trim();
            if (words.Length > 0) text.Append(words.Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)).Append("\n\n");
        }

        return front.ToJsonString(new JsonSerializerOptions { WriteIndented = false }) + "\n\n" + text;
    }

    [GeneratedRegex("<title>(.*?)</title>", RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex("<main[^>]*>(.*?)</main>", RegexOptions.Singleline)]
    private static partial Regex MainElement();

    [GeneratedRegex("<(?:p|li|h[1-4]|td|th|dd|dt|figcaption)[^>]*>(.*?)</(?:p|li|h[1-4]|td|th|dd|dt|figcaption)>", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private const string BaseTemplate = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }} — {{ .Site.Title }}</title></head>
        <body>
        <a href="#main">Skip to main content</a>
        <header><a href="{{ "/" | relURL }}">{{ .Site.Title }}</a><form action="{{ "/search/" | relURL }}"><input name="q" type="search"><button>Search</button></form></header>
        <nav aria-label="Breadcrumb"><ol>{{ range .Ancestors.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}<li aria-current="page">{{ .Title }}</li></ol></nav>
        {{ with .Parent }}<nav aria-label="This section"><ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul></nav>{{ end }}
        <main id="main">{{ block "main" . }}{{ end }}</main>
        <footer><p>Built with Hugo from the same synthetic plans.</p></footer>
        </body>
        </html>
        """;

    private const string PageTemplate = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ with .Params.indicator }}{{ partial "series.html" . }}{{ end }}
        {{ .Content }}
        {{ end }}
        """;

    /// <summary>The indicator's series as a table and an SVG line of its numeric results, scaled to their range.</summary>
    private const string SeriesTemplate = """
        <dl><dt>Reference</dt><dd>{{ .reference }}</dd><dt>Unit</dt><dd>{{ .unit }}</dd><dt>Which way is better</dt><dd>{{ .polarity }}</dd></dl>
        {{ $numbers := slice }}{{ range .values }}{{ with .actual }}{{ with .number }}{{ $numbers = $numbers | append . }}{{ end }}{{ end }}{{ end }}
        {{ if ge (len $numbers) 2 }}
        {{ $min := index $numbers 0 }}{{ $max := index $numbers 0 }}
        {{ range $numbers }}{{ if lt . $min }}{{ $min = . }}{{ end }}{{ if gt . $max }}{{ $max = . }}{{ end }}{{ end }}
        {{ $span := sub $max $min }}{{ if eq $span 0.0 }}{{ $span = 1.0 }}{{ end }}
        {{ $step := div 600.0 (sub (len $numbers) 1) }}
        <figure><svg viewBox="0 0 660 360" role="img"><title>{{ .title }}</title><polyline fill="none" points="{{ range $i, $n := $numbers }}{{ add 30 (mul $i $step) }},{{ sub 330 (mul 300 (div (sub $n $min) $span)) }} {{ end }}"/>{{ range $i, $n := $numbers }}<circle cx="{{ add 30 (mul $i $step) }}" cy="{{ sub 330 (mul 300 (div (sub $n $min) $span)) }}" r="4"/>{{ end }}</svg><figcaption>{{ .title }}</figcaption></figure>
        {{ end }}
        <table><caption>{{ .reference }}: results and targets by period</caption><thead><tr><th>Period</th><th>Actual</th><th>Estimate</th><th>Target</th></tr></thead><tbody>
        {{ range .values }}<tr><th scope="row">{{ .period }}</th><td>{{ with .actual }}{{ .text }}{{ end }}</td><td>{{ with .estimate }}{{ .text }}{{ end }}</td><td>{{ with .target }}{{ .text }}{{ end }}</td></tr>{{ end }}
        </tbody></table>
        {{ with .comparators }}<table><caption>Comparators</caption><tbody>{{ range . }}<tr><th scope="row">{{ .label | default .against }}</th><td>{{ .period }}</td><td>{{ .value.text }}</td></tr>{{ end }}</tbody></table>{{ end }}
        """;
}
