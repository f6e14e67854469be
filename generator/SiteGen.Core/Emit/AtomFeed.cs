using System.Text;
using System.Xml;
using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.Templating;

namespace SiteGen.Emit;

/// <summary>
/// Atom feeds (RFC 4287) of what changed: a plan published or approved, a progress report and the results it
/// gives. One for the whole site and one for each council. Every entry is dated from the content itself, never
/// the clock, so two builds of the same content write the same feeds. Every feed is written even when nothing in
/// it is dated yet (then it is dated by the start of its newest plan), so whether a page links a feed never
/// depends on another plan's dates, and <c>sitegen serve</c> need not rebuild every page when one gets its first.
/// The words are the theme's (<c>feed:</c> in its i18n file), as feed readers show them to people.
/// </summary>
public static class AtomFeed
{
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";

    /// <summary>The most results an entry names; the rest are on the report's page.</summary>
    private const int ResultsNamed = 5;

    private sealed record Entry(PartialDate Date, Plan Plan, string Title, string Summary, PagePath Page, string Fragment);

    /// <summary>The site's feed, then each council's.</summary>
    public static IReadOnlyList<SiteFiles.FileToWrite> Build(SiteFacts facts, SiteRoutes routes, SiteSettings settings, Words words)
    {
        var entries = Entries(facts, routes, words).ToList();
        var feeds = new List<SiteFiles.FileToWrite>();
        feeds.Add(new(routes.Feed.File, Write(routes.Feed, words.Get("feed.title", settings.Title), settings.Title, routes.Home, entries, Undated(facts.Site.Plans), settings)));
        foreach (var council in facts.Councils)
        {
            var own = entries.Where(e => e.Plan.Organisation.Value == council.Id).ToList();
            var path = routes.CouncilFeed(council.Id);
            feeds.Add(new(path.File, Write(path, words.Get("feed.council-title", council.Name, settings.Title), council.Name, routes.Council(council.Id), own, Undated(facts.PlansOf[council.Id]), settings)));
        }

        return feeds;
    }

    private static IEnumerable<Entry> Entries(SiteFacts facts, SiteRoutes routes, Words words)
    {
        foreach (var plan in facts.Site.Plans)
        {
            var council = facts.OrganisationOf(plan)?.Name ?? plan.Organisation.Value;
            var about = plan.Subtitle ?? (plan.Summary is null ? null : PlainText.Of(plan.Summary)) ?? words.Get("feed.plan-about", plan.Kind, Span(plan.Period, words), council);
            if (plan.Published is { } published) yield return new(published, plan, words.Get("feed.plan-published", plan.Title, council), about, routes.Plan(plan), "published");
            if (plan.Approval?.Date is { } approved) yield return new(approved, plan, words.Get("feed.plan-approved", plan.Title, council), about, routes.Plan(plan), "approved");
            foreach (var report in plan.ProgressReports.Where(r => r.Published is not null))
            {
                yield return new(report.Published!, plan, words.Get("feed.progress-report", report.Period.Label, plan.Title, council), ReportSummary(plan, report, words), routes.Progress(plan, report), "report");
            }
        }
    }

    /// <summary>The report's own summary, or what it rates, and the first few results it gives.</summary>
    private static string ReportSummary(Plan plan, ProgressReport report, Words words)
    {
        var parts = new List<string>();
        if (report.Summary is not null) parts.Add(PlainText.Of(report.Summary));
        else parts.Add(words.Get("feed.report-counts", words.Plural("feed.actions", report.Actions.Count), words.Plural("feed.indicators", report.Indicators.Count)));

        var indicators = plan.Indicators.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var results = report.Indicators
            .Where(i => i.Value is not null)
            .Select(i => (Name: i.Indicator is { } r && indicators.TryGetValue(r.Value, out var found) ? (found.Reference is null ? found.Title : words.Get("feed.indicator", found.Reference, found.Title)) : i.Description ?? i.Indicator?.Value ?? string.Empty, Value: i.Value!.Text))
            .ToList();
        if (results.Count > 0)
        {
            var named = string.Join(words.Get("list.separator"), results.Take(ResultsNamed).Select(r => words.Get("feed.result", r.Name, r.Value)));
            parts.Add(words.Plural("feed.results", results.Count, named, results.Count - Math.Min(results.Count, ResultsNamed)));
        }

        return string.Join(" ", parts);
    }

    /// <summary>The date of a feed with no entries: the start of its newest plan, or the start of 1970 for a site without plans.</summary>
    private static PartialDate Undated(IEnumerable<Plan> plans)
    {
        var start = plans.Select(p => p.Period.First.SortKey).DefaultIfEmpty(1970 * 12).Max();
        return new PartialDate(start / 12, start % 12 + 1, 1);
    }

    private static byte[] Write(PagePath feed, string title, string author, PagePath page, IReadOnlyList<Entry> entries, PartialDate undated, SiteSettings settings)
    {
        // Newest first; within a day by plan and then by what happened, so the order never depends on wording.
        var ordered = entries
            .OrderByDescending(e => (e.Date.Year, e.Date.Month, e.Date.Day ?? 1))
            .ThenBy(e => e.Plan.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Page.File, StringComparer.Ordinal)
            .ThenBy(e => e.Fragment, StringComparer.Ordinal)
            .ToList();
        var xmlSettings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" };
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, xmlSettings))
        {
            xml.WriteStartElement("feed", AtomNamespace);
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("id", AtomNamespace, Address(feed, feed, settings));
            xml.WriteElementString("title", AtomNamespace, title);
            xml.WriteElementString("updated", AtomNamespace, Timestamp(ordered.Count > 0 ? ordered[0].Date : undated));
            Link(xml, "self", Address(feed, feed, settings), "application/atom+xml");
            Link(xml, "alternate", Address(feed, page, settings), "text/html");
            xml.WriteStartElement("author", AtomNamespace);
            xml.WriteElementString("name", AtomNamespace, author);
            xml.WriteEndElement();
            foreach (var entry in ordered)
            {
                xml.WriteStartElement("entry", AtomNamespace);
                xml.WriteElementString("id", AtomNamespace, Address(feed, entry.Page, settings, absolute: true) + "#" + entry.Fragment);
                xml.WriteElementString("title", AtomNamespace, entry.Title);
                xml.WriteElementString("updated", AtomNamespace, Timestamp(entry.Date));
                Link(xml, "alternate", Address(feed, entry.Page, settings), "text/html");
                xml.WriteElementString("summary", AtomNamespace, entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>
    /// The page's full address under base_url. Without one, a link is relative to the feed (feed readers resolve
    /// it against where they fetched the feed), and an id, which must be absolute, is a UUID made from the SHA-1 of the site's
    /// title and the page's address (shaped as RFC 9562's version 5), the same in every build.
    /// </summary>
    private static string Address(PagePath feed, PagePath target, SiteSettings settings, bool absolute = false)
    {
        if (settings.BaseUrl is { } baseUrl) return baseUrl + target.Address;
        if (absolute || target == feed) return "urn:uuid:" + NameBased(settings.Title + "\n" + target.Address);
        var relative = feed.ToRoot + target.Address;
        return relative.Length == 0 ? "./" : relative;
    }

    private static string NameBased(string name)
    {
        var hash = System.Security.Cryptography.SHA1.HashData(Encoding.UTF8.GetBytes(name));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        var hex = Convert.ToHexString(hash, 0, 16).ToLowerInvariant();
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }

    /// <summary>An RFC 3339 timestamp for a date known to the month or the day: the first of the month when the day is not given.</summary>
    /// <summary>The plan's years in the theme's words, as its pages join them (<c>period-span</c>).</summary>
    private static string Span(PeriodRange period, Words words) =>
        period.First.Label == period.Last.Label ? period.First.Label : words.Get("period-span", period.First.Label, period.Last.Label);

    private static string Timestamp(PartialDate date) => $"{date.Year:D4}-{date.Month:D2}-{date.Day ?? 1:D2}T00:00:00Z";
}
