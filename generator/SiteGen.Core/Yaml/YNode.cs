using SiteGen.Diagnostics;
using YamlDotNet.Core;

namespace SiteGen.Yaml;

/// <summary>
/// A YAML node with its position. Content is read into these first and validated by walking them,
/// so every diagnostic can point at the exact key or value, and nothing invalid is ever turned into
/// a model object.
/// </summary>
public abstract record YNode(SourceLocation Location)
{
    public abstract string KindName { get; }

    /// <summary>Character offsets of the node in the file's text (end exclusive), for edits that leave everything else untouched.</summary>
    public int StartIndex { get; init; }

    public int EndIndex { get; init; }
}

/// <summary>A scalar. YAML 1.1 type guessing is deliberately not applied: <c>Yes</c>, <c>2009</c> and <c>1.10</c> stay the text written.</summary>
/// <param name="Style">How the value was written: plain, 'single' or "double" quoted, or a block.</param>
public sealed record YScalar(string Value, ScalarStyle Style, SourceLocation Location) : YNode(Location)
{
    public bool IsPlain => Style == ScalarStyle.Plain;

    /// <summary>An empty plain scalar, <c>~</c> or <c>null</c>: the key is present but says nothing.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value is "null" or "Null" or "NULL");

    public override string KindName => "a single value";
}

public sealed record YSequence(IReadOnlyList<YNode> Items, SourceLocation Location) : YNode(Location)
{
    public bool IsFlow { get; init; }

    public override string KindName => "a list";
}

public sealed record YMapping(IReadOnlyList<YEntry> Entries, SourceLocation Location) : YNode(Location)
{
    public bool IsFlow { get; init; }

    /// <summary>The entry for a key. By index: every key a binder asks for is looked up here, and enumerating the list through its interface allocates.</summary>
    public YEntry? Find(string key)
    {
        for (var i = 0; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Key.Value, key, StringComparison.Ordinal)) return Entries[i];
        }

        return null;
    }

    public override string KindName => "a set of keys";
}

/// <summary>A key and its value, held in the mapping's list itself: an object for each was about half a million at 100 councils (16 MB, sampled).</summary>
public readonly record struct YEntry(YScalar Key, YNode Value);
