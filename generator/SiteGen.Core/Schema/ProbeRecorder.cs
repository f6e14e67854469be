using SiteGen.Yaml;

namespace SiteGen.Schema;

/// <summary>Collects, for one run of a binder over a probe document, the shape of every mapping it opened.</summary>
internal sealed class ProbeRecorder : IMappingObserver
{
    private readonly Dictionary<MappingReader, MappingShape> _byReader = new(ReferenceEqualityComparer.Instance);

    public Dictionary<YNode, MappingShape> Shapes { get; } = new(ReferenceEqualityComparer.Instance);

    public HashSet<YNode> RefusedNodes { get; } = new(ReferenceEqualityComparer.Instance);

    public void Opened(YMapping node, MappingReader reader, string what)
    {
        // A node opened twice (it never is today) keeps its first shape, and both readers feed it.
        if (!Shapes.TryGetValue(node, out var shape))
        {
            shape = new MappingShape(what);
            Shapes[node] = shape;
        }

        _byReader[reader] = shape;
    }

    public void Refused(YNode node) => RefusedNodes.Add(node);

    public void Read(MappingReader reader, string key, KeyUse use, IReadOnlyList<string>? allowed)
    {
        if (_byReader.TryGetValue(reader, out var shape)) shape.Read(key, use, allowed);
    }

    public void Required(MappingReader reader, string key)
    {
        if (_byReader.TryGetValue(reader, out var shape)) shape.Required.Add(key);
    }

    public void Finished(MappingReader reader)
    {
        if (_byReader.TryGetValue(reader, out var shape)) shape.Closed = true;
    }
}
