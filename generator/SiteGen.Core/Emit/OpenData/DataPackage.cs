using SiteGen.Model;
using SiteGen.Routing;

namespace SiteGen.Emit.OpenData;

/// <summary>
/// A Frictionless Data Package: a <c>datapackage.json</c> describing the CSV files beside it (their columns,
/// types and meanings), the licence and where the figures come from. <see cref="Plan"/> is null for the whole site's.
/// </summary>
public sealed record DataPackage(string Name, string Title, Plan? Plan, PagePath Descriptor, IReadOnlyList<DataResource> Resources)
{
    private readonly Lazy<byte[]> _descriptor = new(() => []);

    /// <summary>The bytes of <c>datapackage.json</c>.</summary>
    public byte[] DescriptorContent
    {
        get => _descriptor.Value;
        init
        {
            _descriptor = new(value);
            DescriptorLength = value.Length;
        }
    }

    /// <summary>The length of <see cref="DescriptorContent"/>, known before its bytes are made when they are made later (<see cref="DescriptorLater"/>).</summary>
    public long DescriptorLength { get; init; }

    /// <summary>
    /// Makes <see cref="DescriptorContent"/> when it is first asked for, which must come out <see cref="DescriptorLength"/> long:
    /// the whole site's package, whose hashes are of tables joined only when the files are written, after the pages.
    /// </summary>
    public Func<byte[]> DescriptorLater
    {
        init => _descriptor = new(
            () => value() is var bytes && bytes.Length == DescriptorLength ? bytes : throw new InvalidOperationException($"{Descriptor} came out {bytes.Length} bytes long, not the {DescriptorLength} the pages were told."),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }
}
