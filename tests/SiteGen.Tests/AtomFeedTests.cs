using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The feeds of what changed, as a feed reader takes them: valid Atom (RFC 4287, and read by .NET's own Atom
/// parser), one for the site and one for each council, dated from the content and
/// linked from every page's head.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class AtomFeedTests
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly BuiltSample _sample;

    public AtomFeedTests(BuiltSample sample) => _sample = sample;

    private IReadOnlyList<string> Feeds()
    {
        var feeds = Directory.GetFiles(_sample.Output, "feed.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(Path.Combine(_sample.Output, "feed.xml"), feeds);
        Assert.True(feeds.Count >= 3, $"only {feeds.Count} feeds");
        return feeds;
    }

    [Fact]
    public void Every_feed_is_valid_atom()
    {
        foreach (var file in Feeds())
        {
            var where = Path.GetRelativePath(_sample.Output, file);
            var feed = XDocument.Load(file).Root!;
            Assert.Equal(Atom + "feed", feed.Name);
            foreach (var required in new[] { "id", "title", "updated" }) Assert.Single(feed.Elements(Atom + required));
            Assert.True(Uri.TryCreate(feed.Element(Atom + "id")!.Value, UriKind.Absolute, out _), where + ": the feed's id is not an absolute IRI");
            Assert.Single(feed.Elements(Atom + "author"));
            Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
            var entries = feed.Elements(Atom + "entry").ToList();
            if (where == "feed.xml") Assert.True(entries.Count >= 5, $"only {entries.Count} entries in the site's feed");
            Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
            var dates = new List<DateTimeOffset>();
            foreach (var entry in entries)
            {
                foreach (var required in new[] { "id", "title", "updated", "summary" }) Assert.Single(entry.Elements(Atom + required));
                Assert.True(Uri.TryCreate(entry.Element(Atom + "id")!.Value, UriKind.Absolute, out _), where);
                Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
                dates.Add(DateTimeOffset.ParseExact(entry.Element(Atom + "updated")!.Value, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
            }

            Assert.Equal(dates.OrderByDescending(d => d), dates);
            if (dates.Count > 0) Assert.Equal(dates.Max(), DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, CultureInfo.InvariantCulture));

            // An Atom parser that SiteGen did not write reads it whole.
            using var reader = XmlReader.Create(file);
            var parsed = SyndicationFeed.Load(reader);
            Assert.Equal(entries.Count, parsed.Items.Count());
            Assert.All(parsed.Items, i => Assert.NotEmpty(i.Links));
        }
    }

    [Fact]
    public void Feeds_are_dated_from_the_content_and_name_progress_reports_with_their_results()
    {
        var feed = XDocument.Load(Path.Combine(_sample.Output, "hartlepool", "feed.xml")).Root!;
        var entries = feed.Elements(Atom + "entry").ToList();
        var approved = Assert.Single(entries, e => e.Element(Atom + "id")!.Value == "https://plans.example.org/hartlepool/departmental-plan-2008-2011/#approved");
        Assert.Equal("2008-05-20T00:00:00Z", approved.Element(Atom + "updated")!.Value);
        Assert.Contains(entries, e => e.Element(Atom + "title")!.Value.StartsWith("Progress report ", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.StartsWith("https://plans.example.org/hartlepool/", e.Element(Atom + "link")!.Attribute("href")!.Value));
        Assert.DoesNotContain("**", feed.ToString());
    }

    [Fact]
    public void Every_page_links_the_site_feed_and_council_and_plan_pages_their_council_s()
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(_sample.Output, "index.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 500);
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var feeds = document.QuerySelectorAll("head link[rel=alternate][type='application/atom+xml']").Select(l => l.GetAttribute("href")!).ToList();
            // A council's feed is beside its page in the default language; its Welsh page (under cy/) links the same feed.
            var relative = Path.GetRelativePath(_sample.Output, Path.GetDirectoryName(page)!).Replace('\\', '/');
            var folder = relative.StartsWith("cy/", StringComparison.Ordinal) ? Path.Combine(_sample.Output, relative["cy/".Length..]) : Path.GetDirectoryName(page)!;
            var isCouncilOrPlan = document.QuerySelector("nav.plan-nav") is not null || (folder != _sample.Output && File.Exists(Path.Combine(folder, "feed.xml")));
            Assert.True(feeds.Count == (isCouncilOrPlan ? 2 : 1), $"{Path.GetRelativePath(_sample.Output, page)} links {feeds.Count} feeds");
            foreach (var href in feeds)
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(page)!, href));
                Assert.True(File.Exists(target), $"{Path.GetRelativePath(_sample.Output, page)} links {href}, which does not exist");
            }
        }

        foreach (var page in new[] { "hartlepool/", "hartlepool/departmental-plan-2008-2011/", "hartlepool/departmental-plan-2008-2011/indicators/" })
        {
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, page, "index.html")));
            var feeds = document.QuerySelectorAll("head link[type='application/atom+xml']").Select(l => new Uri(new Uri("https://plans.example.org/" + page), l.GetAttribute("href")).AbsoluteUri);
            Assert.Equal(["https://plans.example.org/feed.xml", "https://plans.example.org/hartlepool/feed.xml"], feeds);
        }
    }
}
