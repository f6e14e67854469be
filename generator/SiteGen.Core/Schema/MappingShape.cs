using SiteGen.Yaml;

namespace SiteGen.Schema;

/// <summary>What the binders asked of one mapping of a probe document: its keys in the order read, how each is read, which are required.</summary>
public sealed class MappingShape(string what)
{
    public string What { get; } = what;

    public List<string> Keys { get; } = [];

    public Dictionary<string, KeyUse> Uses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyList<string>> Allowed { get; } = new(StringComparer.Ordinal);

    public HashSet<string> Required { get; } = new(StringComparer.Ordinal);

    /// <summary>True when the binder reports keys it did not ask for; false where keys are free (a budget line's column ids).</summary>
    public bool Closed { get; set; }

    /// <summary>For a key holding a set of keys, that set's shape; for a list, the shape of its items.</summary>
    public Dictionary<string, MappingShape> Children { get; } = new(StringComparer.Ordinal);

    /// <summary>Lists whose items may also be a single value (a scale's levels: <c>3</c> or <c>{value: 3, label: High}</c>).</summary>
    public HashSet<string> ScalarItems { get; } = new(StringComparer.Ordinal);

    public void Read(string key, KeyUse use, IReadOnlyList<string>? allowed)
    {
        if (!Uses.TryGetValue(key, out var known))
        {
            Keys.Add(key);
            Uses[key] = use;
        }
        else if (use > known)
        {
            Uses[key] = use;
        }

        if (allowed is not null) Allowed[key] = allowed;
    }
}
