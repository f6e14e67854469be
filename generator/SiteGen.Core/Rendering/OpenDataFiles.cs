using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>
/// What the data page and the pages' heads need to know of the files written beside the pages (the data
/// packages and the feeds), handed in by the pipeline, which makes those files before rendering so their
/// sizes are known. Rendering never makes them itself: they are Emit's, a later stage.
/// </summary>
public sealed record OpenDataFiles(IReadOnlyList<OpenDataFiles.Package> Packages, IReadOnlySet<PagePath> Feeds)
{
    public static readonly OpenDataFiles None = new([], new HashSet<PagePath>());

    /// <param name="Plan">The plan whose package it is; null for the whole site's.</param>
    public sealed record Package(Plan? Plan, PagePath Descriptor, long DescriptorBytes, IReadOnlyList<Table> Tables);

    public sealed record Table(DataTableKind Kind, PagePath Path, long Bytes, int Rows, IReadOnlyList<DataColumnView> Columns);

    public Package? Of(Plan plan) => Packages.FirstOrDefault(p => ReferenceEquals(p.Plan, plan));
}
