using SiteGen.Discovery;

namespace SiteGen.Binding;

/// <summary>The ids that have a file, whether or not the file could be bound.</summary>
public sealed record DeclaredIds(IReadOnlySet<string> Organisations, IReadOnlySet<string> Frameworks, IReadOnlySet<string> Plans)
{
    /// <summary>From the files discovery found: known before anything is parsed.</summary>
    public static DeclaredIds Of(IEnumerable<ContentFile> files)
    {
        var content = files.Where(f => f.Kind != ContentFileKind.Asset).ToList();
        return new DeclaredIds(
            content.Where(f => f.Kind == ContentFileKind.Organisation).Select(f => f.Name).ToHashSet(StringComparer.Ordinal),
            content.Where(f => f.Kind == ContentFileKind.Framework).Select(f => f.Name).ToHashSet(StringComparer.Ordinal),
            content.Select(f => f.PlanId).OfType<string>().ToHashSet(StringComparer.Ordinal));
    }
}
