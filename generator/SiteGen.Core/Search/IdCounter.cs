namespace SiteGen.Search;

/// <summary>How often an id occurs in one run of ids (a field's terms), in the order each first occurred.</summary>
internal readonly record struct IdCount(int Id, int Count);

/// <summary>
/// Counts ids in an array indexed by id, rather than a dictionary per field: the counts of one field
/// are moved out by <see cref="MoveTo"/>, which leaves the counter empty for the next.
/// </summary>
internal sealed class IdCounter
{
    private int[] _counts = new int[1024];
    private readonly List<int> _firstSeen = [];

    /// <summary>Occurrences counted since the last <see cref="MoveTo"/>.</summary>
    public int Total { get; private set; }

    public void Add(int id)
    {
        if (id >= _counts.Length) Array.Resize(ref _counts, Math.Max(id + 1, 2 * _counts.Length));
        if (_counts[id]++ == 0) _firstSeen.Add(id);
        Total++;
    }

    public void MoveTo(List<IdCount> destination)
    {
        foreach (var id in _firstSeen)
        {
            destination.Add(new IdCount(id, _counts[id]));
            _counts[id] = 0;
        }

        _firstSeen.Clear();
        Total = 0;
    }
}
