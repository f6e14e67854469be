using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Emit;
using SiteGen.Emit.OpenData;
using SiteGen.Rendering;
using SiteGen.Routing;
using SiteGen.Templating;
using SiteGen.ViewModels;

namespace SiteGen.Pipeline;

/// <summary>
/// The data packages and feeds, made before the pages are rendered so the data page can give each file's size
/// and every page's head can link the feeds that exist, and written with the other files beside the pages.
/// </summary>
public sealed class OpenDataStage
{
    private OpenDataStage(IReadOnlyList<DataPackage> packages, IReadOnlyList<SiteFiles.FileToWrite> feeds, OpenDataFiles files)
    {
        Packages = packages;
        Feeds = feeds;
        Files = files;
    }

    public IReadOnlyList<DataPackage> Packages { get; }

    public IReadOnlyList<SiteFiles.FileToWrite> Feeds { get; }

    /// <summary>What the pages are told of these files.</summary>
    public OpenDataFiles Files { get; }

    /// <remarks>The feeds take the theme's words, so a word they lack is reported with the pages' missing words.</remarks>
    public static OpenDataStage Prepare(SiteFacts facts, SiteRoutes routes, SiteSettings settings, Words words)
    {
        var packages = DataPackages.Build(facts, routes, settings);
        var feeds = AtomFeed.Build(facts, routes, settings, words);
        var files = new OpenDataFiles(
            packages.Select(p => new OpenDataFiles.Package(
                p.Plan,
                p.Descriptor,
                p.DescriptorContent.Length,
                p.Resources.Select(r => new OpenDataFiles.Table(KindOf(r.Name), r.Path, r.Content.Length, r.Rows, r.Fields.Select(ColumnOf).ToList())).ToList())).ToList(),
            feeds.Select(f => PagePath.FromAddress(f.Path)).ToHashSet());
        return new OpenDataStage(packages, feeds, files);
    }

    /// <summary>Every file: each package's descriptor and tables, and the feeds.</summary>
    public IEnumerable<SiteFiles.FileToWrite> All()
    {
        foreach (var package in Packages)
        {
            yield return new(package.Descriptor.File, package.DescriptorContent);
            foreach (var resource in package.Resources) yield return new(resource.Path.File, resource.Content);
        }

        foreach (var feed in Feeds) yield return feed;
    }

    private static DataTableKind KindOf(string resource) => Enum.Parse<DataTableKind>(resource, ignoreCase: true);

    private static DataColumnView ColumnOf(DataField field) => new(field.Name, field.Type switch
    {
        FieldType.Number => DataColumnType.Number,
        FieldType.Integer => DataColumnType.WholeNumber,
        FieldType.Boolean => DataColumnType.TrueOrFalse,
        FieldType.Date => DataColumnType.Date,
        _ => DataColumnType.Text,
    }, field.Required);
}
