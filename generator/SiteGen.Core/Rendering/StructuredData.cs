using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>What the pages' structured data (schema.org Datasets in JSON-LD) needs beyond the views: dates and media types.</summary>
public static class StructuredData
{
    public const string CsvType = "text/csv";

    public const string JsonType = "application/json";

    /// <summary>A data package's descriptor is JSON; its profile is named in the file itself.</summary>
    public const string DataPackageType = JsonType;

    /// <summary>The first day of the month <paramref name="sortKey"/> counts (<see cref="Period.SortKey"/>).</summary>
    public static string Start(int sortKey) => $"{sortKey / 12:D4}-{sortKey % 12 + 1:D2}-01";

    /// <summary>The last day before the month <paramref name="endKey"/> counts (<see cref="Period.EndKey"/>).</summary>
    public static string End(int endKey)
    {
        var last = new DateOnly(endKey / 12, endKey % 12 + 1, 1).AddDays(-1);
        return last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>An indicator's figures as a Dataset: its downloads, the periods its values cover, by its council.</summary>
    public static DatasetView Indicator(SiteContext site, PagePath page, Plan plan, Indicator indicator, string? description)
    {
        var periods = indicator.Values.Select(v => v.Period).ToList();
        return new DatasetView(
            indicator.Reference is null ? indicator.Title : indicator.Reference + " " + indicator.Title,
            description,
            site.Address(page, page),
            site.Facts.OrganisationOf(plan)?.Name ?? plan.Organisation.Value,
            plan.Title,
            site.Settings.Licence?.Url,
            periods.Count == 0 ? null : Start(periods.Min(p => p.SortKey)),
            periods.Count == 0 ? null : End(periods.Max(p => p.EndKey)),
            [
                new(CsvType, site.Address(page, site.Routes.IndicatorData(plan, indicator, "csv"))),
                new(JsonType, site.Address(page, site.Routes.IndicatorData(plan, indicator, "json"))),
            ]);
    }
}
