namespace SiteGen.Yaml;

/// <summary>
/// The children of every collection still open while one file is read, on two stacks shared by all of them, each
/// collection's copied out into an array of exactly their number when it closes: content is mostly small mappings
/// (<c>{period: 2008/09, actual: 51%}</c>), and a list and a dictionary of their own for each added about 40% to what
/// the nodes themselves allocate. Both readers (<see cref="YamlNodeParser"/> and <see cref="SubsetYamlReader"/>) use
/// it, so they build the same nodes and find the same repeated keys.
/// </summary>
internal sealed class OpenCollections
{
    /// <summary>Up to this many keys a repeat is looked for by scanning the keys before it; past it, a dictionary keeps lookups linear in the mapping's size.</summary>
    private const int ScannedKeys = 16;

    public List<YEntry> Entries { get; } = [];

    public List<YNode> Items { get; } = [];

    /// <summary>The key given earlier in the mapping whose entries start at <paramref name="first"/>, if <paramref name="key"/> repeats one.</summary>
    /// <param name="seen">The mapping's keys once it has many; made here when needed, kept by the caller for the mapping's next key.</param>
    public YScalar? EarlierKey(string key, int first, ref Dictionary<string, YScalar>? seen)
    {
        if (seen is not null) return seen.GetValueOrDefault(key);
        for (var i = first; i < Entries.Count; i++)
        {
            if (string.Equals(Entries[i].Key.Value, key, StringComparison.Ordinal)) return Entries[i].Key;
        }

        if (Entries.Count - first >= ScannedKeys)
        {
            seen = new Dictionary<string, YScalar>(StringComparer.Ordinal);
            for (var i = first; i < Entries.Count; i++) seen.Add(Entries[i].Key.Value, Entries[i].Key);
        }

        return null;
    }

    /// <summary>Moves the stack's top items, from <paramref name="first"/> on, into an array of their own.</summary>
    public static T[] TakeFrom<T>(List<T> stack, int first)
    {
        var count = stack.Count - first;
        if (count == 0) return [];
        var taken = new T[count];
        stack.CopyTo(first, taken, 0, count);
        stack.RemoveRange(first, count);
        return taken;
    }
}
