using SiteGen.Diagnostics;
using SiteGen.Yaml;
using YamlDotNet.Core;

namespace SiteGen.Schema;

/// <summary>
/// Learns a file kind's shape by running its binder over probe documents and watching what it asks for.
/// It starts from an empty mapping; wherever the binder reads a key as a set of keys or a list, the next
/// probe puts an empty mapping (or a list holding an empty mapping and a single value) there, until
/// nothing new is asked. The binders read every key they support whether or not it is present, so the
/// probe finds every key, and the schema follows any change to a binder by construction.
/// </summary>
internal static class ShapeExplorer
{
    private const int MaxRounds = 64;

    public static MappingShape Explore(Action<YNode, DiagnosticBag> bind)
    {
        var root = new ProbeMap();
        for (var round = 0; round < MaxRounds; round++)
        {
            var built = new Built();
            var node = built.Build(root);
            var recorder = new ProbeRecorder();
            using (MappingReader.Watch(recorder))
            {
                bind(node, new DiagnosticBag());
            }

            if (!Grow(built, recorder)) return Link(root, built, recorder);
        }

        throw new InvalidOperationException("The schema probe did not settle: a binder keeps asking for deeper keys.");
    }

    private static bool Grow(Built built, ProbeRecorder recorder)
    {
        var grew = false;
        foreach (var (probe, node) in built.Maps)
        {
            if (!recorder.Shapes.TryGetValue(node, out var shape)) continue;
            foreach (var key in shape.Keys)
            {
                probe.Entries.TryGetValue(key, out var present);
                switch (shape.Uses[key])
                {
                    case KeyUse.Node or KeyUse.List when present is ProbeList:
                        break;
                    // A key first seen by Has and then read as a list (a scale's levels) held a mapping last round.
                    case KeyUse.List when present is ProbeMap:
                        probe.Entries[key] = new ProbeList();
                        grew = true;
                        break;
                    case KeyUse.Node or KeyUse.List when present is not null:
                        break;
                    case KeyUse.Node:
                        probe.Entries[key] = new ProbeMap();
                        grew = true;
                        break;
                    case KeyUse.List:
                        probe.Entries[key] = new ProbeList();
                        grew = true;
                        break;
                }
            }
        }

        return grew;
    }

    private static MappingShape Link(ProbeMap root, Built built, ProbeRecorder recorder)
    {
        MappingShape? LinkMap(ProbeMap probe)
        {
            if (!recorder.Shapes.TryGetValue(built.Maps[probe], out var shape)) return null;
            foreach (var (key, value) in probe.Entries)
            {
                var child = value switch
                {
                    ProbeMap map => LinkMap(map),
                    ProbeList list => LinkMap(list.Item),
                    _ => null,
                };
                if (child is not null) shape.Children[key] = child;
                if (value is ProbeList l && !recorder.RefusedNodes.Contains(built.Scalars[l])) shape.ScalarItems.Add(key);
            }

            return shape;
        }

        return LinkMap(root) ?? throw new InvalidOperationException("The binder did not read the file as a set of keys.");
    }

    private sealed class ProbeMap
    {
        public Dictionary<string, object> Entries { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>A list probe: one empty mapping and one single value, to learn which item shapes the binder takes.</summary>
    private sealed class ProbeList
    {
        public ProbeMap Item { get; } = new();
    }

    /// <summary>One probe document as YAML nodes, remembering which node stands for which probe.</summary>
    private sealed class Built
    {
        private static readonly SourceLocation Here = SourceLocation.StartOf("probe.yml");

        public Dictionary<ProbeMap, YMapping> Maps { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<ProbeList, YScalar> Scalars { get; } = new(ReferenceEqualityComparer.Instance);

        public YMapping Build(ProbeMap probe)
        {
            var entries = probe.Entries.Select(e => new YEntry(new YScalar(e.Key, ScalarStyle.Plain, Here), BuildValue(e.Value))).ToList();
            var node = new YMapping(entries, Here);
            Maps[probe] = node;
            return node;
        }

        private YNode BuildValue(object value)
        {
            switch (value)
            {
                case ProbeMap map:
                    return Build(map);
                case ProbeList list:
                    var scalar = new YScalar("probe", ScalarStyle.Plain, Here);
                    Scalars[list] = scalar;
                    return new YSequence([Build(list.Item), scalar], Here);
                default:
                    throw new InvalidOperationException("unknown probe");
            }
        }
    }
}
