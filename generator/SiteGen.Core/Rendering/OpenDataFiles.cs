using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>
/// What the data page and the pages' heads need to know of the files written beside the pages (the data
/// packages and the feeds), handed in by the pipeline, which makes those files before rendering so their
/// sizes are known. Rendering never makes them itself: they are Emit's, a later stage.
/// </summary>
/// <remarks>
/// A page notes what it reads here (<see cref="ModelReads"/>): one plan's package (<see cref="Of"/>), every package (the
/// data page), whether there are feeds (every page's head). <see cref="Changed"/> says which of those an edit changed.
/// </remarks>
public sealed class OpenDataFiles(IReadOnlyList<OpenDataFiles.Package> packages, IReadOnlySet<PagePath> feeds)
{
    public static readonly OpenDataFiles None = new([], new HashSet<PagePath>());

    /// <summary>Every package: which there are, their files' sizes and rows.</summary>
    public const string AllPackages = "data";

    /// <summary>Which feeds there are.</summary>
    public const string FeedList = "feeds";

    /// <summary>Whether there are feeds at all (every page's head links the site's when there are).</summary>
    public const string AnyFeeds = "feeds:any";

    /// <summary>Whether a plan has a package, and its files' sizes and rows.</summary>
    public static string PackageOf(string planId) => "data:" + planId;

    /// <param name="Plan">The plan whose package it is; null for the whole site's.</param>
    public sealed record Package(Plan? Plan, PagePath Descriptor, long DescriptorBytes, IReadOnlyList<Table> Tables);

    public sealed record Table(DataTableKind Kind, PagePath Path, long Bytes, int Rows, IReadOnlyList<DataColumnView> Columns);

    private readonly IReadOnlyList<Package> _packages = packages;
    private readonly IReadOnlySet<PagePath> _feeds = feeds;
    private readonly Dictionary<Plan, Package> _byPlan = packages.Where(p => p.Plan is not null).ToDictionary(p => p.Plan!, p => p, (IEqualityComparer<Plan>)ReferenceEqualityComparer.Instance);

    /// <summary>Every package, the whole site's first.</summary>
    public IReadOnlyList<Package> Packages
    {
        get
        {
            ModelReads.Note(AllPackages);
            return _packages;
        }
    }

    public IReadOnlySet<PagePath> Feeds
    {
        get
        {
            ModelReads.Note(FeedList);
            return _feeds;
        }
    }

    /// <summary>Whether the pipeline made feeds (every council with a plan has one when it did).</summary>
    public bool HasFeeds
    {
        get
        {
            ModelReads.Note(AnyFeeds);
            return _feeds.Count > 0;
        }
    }

    public Package? Of(Plan plan)
    {
        ModelReads.Note(PackageOf(plan.Id));
        return _byPlan.GetValueOrDefault(plan);
    }

    /// <summary>The keys above whose answer differs between two builds' files (a plan's package compared by its files, not its plan's instance).</summary>
    public static IEnumerable<string> Changed(OpenDataFiles before, OpenDataFiles after)
    {
        var old = before._packages.ToDictionary(p => p.Plan?.Id ?? string.Empty, StringComparer.Ordinal);
        var now = after._packages.ToDictionary(p => p.Plan?.Id ?? string.Empty, StringComparer.Ordinal);
        var any = !old.Keys.SequenceEqual(now.Keys);
        foreach (var id in old.Keys.Union(now.Keys))
        {
            if (old.TryGetValue(id, out var a) && now.TryGetValue(id, out var b) && Same(a, b)) continue;
            any = true;
            if (id.Length > 0) yield return PackageOf(id);
        }

        if (any) yield return AllPackages;
        if (!before._feeds.SetEquals(after._feeds)) yield return FeedList;
        if (before._feeds.Count > 0 != after._feeds.Count > 0) yield return AnyFeeds;
    }

    private static bool Same(Package a, Package b) =>
        a.Descriptor == b.Descriptor && a.DescriptorBytes == b.DescriptorBytes && a.Tables.Count == b.Tables.Count
        && a.Tables.Zip(b.Tables).All(t => t.First.Kind == t.Second.Kind && t.First.Path == t.Second.Path && t.First.Bytes == t.Second.Bytes
            && t.First.Rows == t.Second.Rows && t.First.Columns.SequenceEqual(t.Second.Columns));
}
