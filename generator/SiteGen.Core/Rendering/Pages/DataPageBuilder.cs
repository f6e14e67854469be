using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>The open-data page: every data package and its files, and what the columns of each kind of table mean.</summary>
public static class DataPageBuilder
{
    public static PageToRender Build(SiteContext site)
    {
        var path = site.Routes.OpenData;
        var packages = site.OpenData.Packages;
        var wholeSite = packages.FirstOrDefault(p => p.Plan is null);
        var plans = packages
            .Where(p => p.Plan is not null)
            .OrderBy(p => site.Facts.OrganisationOf(p.Plan!)?.Name ?? p.Plan!.Organisation.Value, StringComparer.Ordinal)
            .ToList();
        return new PageToRender(path, new DataPageModel
        {
            Site = site.Chrome(path),
            Root = path.ToRoot,
            CanonicalUrl = site.Canonical(path),
            Breadcrumbs = [site.HomeCrumb(path)],
            Licence = site.Settings.Licence is { } licence ? new LicenceView(licence.Title, licence.Url) : null,
            FeedHref = site.Chrome(path).FeedHref,
            WholeSite = wholeSite is null ? null : View(site, path, wholeSite),
            Plans = plans.Select(p => View(site, path, p)).ToList(),
            Tables = packages
                .SelectMany(p => p.Tables)
                .GroupBy(t => t.Kind)
                .OrderBy(g => g.Key)
                .Select(g => new DataTableColumns(g.Key, g.First().Columns))
                .ToList(),
            Datasets = packages.Select(p => Dataset(site, path, p)).ToList(),
        });
    }

    private static DataPackageView View(SiteContext site, PagePath path, OpenDataFiles.Package package)
    {
        var plan = package.Plan;
        return new DataPackageView(
            plan is null ? "site" : site.Routes.PlanDataAnchor(plan),
            plan is null ? null : site.Facts.OrganisationOf(plan)?.NameIn(site.Language) ?? plan.Organisation.Value,
            plan is null ? null : new Link(plan.Title, site.Href(path, site.Routes.Plan(plan))),
            new DataFileView(FileName(package.Descriptor), site.Href(path, package.Descriptor), DataFileFormat.DataPackage, package.DescriptorBytes, null, 0),
            package.Tables.Select(t => new DataFileView(FileName(t.Path), site.Href(path, t.Path), DataFileFormat.Csv, t.Bytes, t.Kind, t.Rows)).ToList());
    }

    private static string FileName(PagePath file) => file.File[file.Folder.Length..];

    /// <summary>A package as a schema.org Dataset: the plan's (or the site's) figures, by the council, under the site's licence.</summary>
    private static DatasetView Dataset(SiteContext site, PagePath path, OpenDataFiles.Package package)
    {
        var plan = package.Plan;
        var periods = plan is null ? site.Facts.Site.Plans.Select(p => p.Period).ToList() : [plan.Period];
        return new DatasetView(
            plan is null ? site.Settings.Title : plan.Title,
            plan is null ? site.Settings.Description : plan.Subtitle ?? plan.Summary,
            site.Address(path, path) + "#" + (plan is null ? "site" : site.Routes.PlanDataAnchor(plan)),
            plan is null ? null : site.Facts.OrganisationOf(plan)?.NameIn(site.Language) ?? plan.Organisation.Value,
            plan?.Title,
            site.Settings.Licence?.Url,
            periods.Count == 0 ? null : StructuredData.Start(periods.Min(p => p.First.SortKey)),
            periods.Count == 0 ? null : StructuredData.End(periods.Max(p => p.Last.EndKey)),
            [
                new(StructuredData.DataPackageType, site.Address(path, package.Descriptor)),
                .. package.Tables.Select(t => new DistributionView(StructuredData.CsvType, site.Address(path, t.Path))),
            ]);
    }
}
