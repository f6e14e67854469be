using SiteGen.Model;
using SiteGen.Routing;

namespace SiteGen.Emit.OpenData;

/// <summary>
/// A Frictionless Data Package: a <c>datapackage.json</c> describing the CSV files beside it (their columns,
/// types and meanings), the licence and where the figures come from. <see cref="Plan"/> is null for the whole site's.
/// </summary>
public sealed record DataPackage(string Name, string Title, Plan? Plan, PagePath Descriptor, IReadOnlyList<DataResource> Resources)
{
    /// <summary>The bytes of <c>datapackage.json</c>.</summary>
    public required byte[] DescriptorContent { get; init; }
}
