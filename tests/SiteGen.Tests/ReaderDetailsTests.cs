using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The small things readers notice, on every page of the built sample: an icon in the tab, one search form,
/// no heading cell that names nothing, no two landmarks of a kind that a screen reader cannot tell apart, no
/// column of a table with nothing in it, and a 404 page that brings its own styles.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class ReaderDetailsTests
{
    private readonly BuiltSample _sample;

    public ReaderDetailsTests(BuiltSample sample) => _sample = sample;

    private IEnumerable<(string Page, AngleSharp.Html.Dom.IHtmlDocument Document)> Pages()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_sample.Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 500, $"only {pages.Count} pages in the built sample");
        return pages.Select(p => (Path.GetRelativePath(_sample.Output, p), parser.ParseDocument(File.ReadAllText(p))));
    }

    [Fact]
    public void Every_page_has_the_site_icon_and_exactly_one_search_form()
    {
        foreach (var (page, document) in Pages())
        {
            var icon = document.QuerySelector("head link[rel=icon]")?.GetAttribute("href");
            Assert.False(string.IsNullOrEmpty(icon), $"{page} has no icon");
            if (page != "404.html")
            {
                var file = Path.GetFullPath(Path.Combine(_sample.Output, Path.GetDirectoryName(page)!, icon!));
                Assert.True(File.Exists(file), $"{page}: its icon {icon} is not a file of the site");
            }

            Assert.True(document.QuerySelectorAll("form[role=search]").Length == 1, $"{page} has {document.QuerySelectorAll("form[role=search]").Length} search forms");
        }
    }

    /// <summary>
    /// A screen reader lists landmarks by kind and name: where a page has two of a kind, each needs a name (two
    /// search forms, or two navigation blocks without labels, cannot be told apart).
    /// </summary>
    [Fact]
    public void No_heading_cell_is_empty_and_no_landmark_of_a_repeated_kind_is_unnamed()
    {
        var failures = new List<string>();
        foreach (var (page, document) in Pages())
        {
            failures.AddRange(document.QuerySelectorAll("th").Where(th => string.IsNullOrWhiteSpace(th.TextContent)).Select(th => $"{page}: an empty heading cell in \"{th.Closest("table")?.QuerySelector("caption")?.TextContent}\""));

            // Landmarks a screen reader lists by kind and name: two of a kind need names that differ.
            var landmarks = document.QuerySelectorAll("nav, aside, form[role=search], [role=region], section[aria-label], section[aria-labelledby], header.site-header, footer.site-footer, main")
                .Select(e => (Kind: Kind(e), Name: NameOf(document, e)))
                .GroupBy(l => l.Kind)
                .Where(g => g.Count() > 1);
            foreach (var group in landmarks)
            {
                var unnamed = group.Count(l => string.IsNullOrWhiteSpace(l.Name));
                if (unnamed > 0) failures.Add($"{page}: {group.Count()} {group.Key} landmarks, {unnamed} without a name");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    [Fact]
    public void The_plan_tables_have_no_empty_column()
    {
        var tables = 0;
        var failures = new List<string>();
        foreach (var (page, document) in Pages())
        {
            // The theme's own tables of a plan's indicators, risks, progress and (on their index page) actions.
            var selector = page.EndsWith("/actions/index.html", StringComparison.Ordinal) ? "table.indicators, table.risks, table.progress, table.actions" : "table.indicators, table.risks, table.progress";
            foreach (var table in document.QuerySelectorAll(selector))
            {
                tables++;
                var rows = table.QuerySelectorAll("tbody tr").ToList();
                var columns = table.QuerySelectorAll("thead th, thead td").Length;
                for (var c = 0; c < columns; c++)
                {
                    if (rows.All(r => r.Children.ElementAtOrDefault(c) is not { } cell || (string.IsNullOrWhiteSpace(cell.TextContent) && cell.QuerySelector("svg") is null)))
                    {
                        failures.Add($"{page}: column {c + 1} (\"{table.QuerySelectorAll("thead th, thead td")[c].TextContent.Trim()}\") of \"{table.QuerySelector("caption")?.TextContent}\" is empty");
                    }
                }
            }
        }

        Assert.True(tables > 40, $"only {tables} tables checked");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    /// <summary>The status comes straight after what the row is about (with its reference in the same cell), so a phone shows it first.</summary>
    [Theory]
    [InlineData("hartlepool/departmental-plan-2008-2011/indicators", "table.indicators", "Indicator", "Status", true)]
    [InlineData("hartlepool/departmental-plan-2008-2011/actions", "table.actions", "Action", "Status", true)]
    [InlineData("herefordshire/directorate-plan-2009-2011/risks", "table.risks", "Risk", "After mitigation", true)]
    [InlineData("hartlepool/departmental-plan-2008-2011/progress/q4-2007-08", "table.progress", "Title", "Status", false)]
    public void A_row_s_status_follows_its_title(string page, string table, string title, string status, bool referenced)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, page, "index.html")));
        Assert.Equal([title, status], document.QuerySelector(table)!.QuerySelectorAll("thead th").Select(th => th.TextContent.Trim()).Take(2));
        // The progress reports of the sample print no references for their rows.
        Assert.Equal(referenced, document.QuerySelector(table + " tbody tr th[scope=row] .ref") is not null);
    }

    /// <summary>The indicator table's figures carry their number, so sorting by Latest sorts by value: 9.2 before 10.6.</summary>
    [Fact]
    public void Latest_and_next_target_carry_their_numbers_for_sorting()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, "rochdale", "child-care-service-improvement-plan-2007-2010", "indicators", "index.html")));
        var sorted = page.QuerySelectorAll("table.indicators td[data-sort]").ToList();
        Assert.True(sorted.Count > 10, $"only {sorted.Count} cells carry a number");
        Assert.All(sorted, td => Assert.True(decimal.TryParse(td.GetAttribute("data-sort"), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out _), td.OuterHtml));
    }

    [Fact]
    public void The_404_page_brings_its_own_styles_and_icon()
    {
        var html = File.ReadAllText(Path.Combine(_sample.Output, "404.html"));
        var document = new HtmlParser().ParseDocument(html);
        var style = document.QuerySelector("head style")?.TextContent;
        var css = Directory.GetFiles(Path.Combine(_sample.Output, "assets"), "site.*.css").Single();
        Assert.Equal(File.ReadAllText(css), style);
    }

    private static string Kind(IElement e) => e.GetAttribute("role") ?? e.LocalName switch
    {
        "header" => "banner",
        "footer" => "contentinfo",
        "nav" => "navigation",
        "aside" => "complementary",
        "section" => "region",
        _ => e.LocalName,
    };

    private static string NameOf(IDocument document, IElement e) =>
        e.GetAttribute("aria-label")
        ?? (e.GetAttribute("aria-labelledby") is { } ids ? string.Join(" ", ids.Split(' ').Select(id => document.GetElementById(id)?.TextContent.Trim())) : string.Empty);
}
