namespace SiteGen.Derivation;

/// <summary>How many of each value of a closed set (an enum whose members run 0, 1, 2 …): immutable, and added up by <c>+</c>.</summary>
public sealed class Tally<T>
    where T : struct, Enum
{
    private static readonly T[] Members = Enum.GetValues<T>();
    private readonly int[] _counts;

    private Tally(int[] counts) => _counts = counts;

    public static Tally<T> Zero { get; } = new(new int[Members.Length]);

    public int this[T member] => _counts[Index(member)];

    public int Total => _counts.Sum();

    /// <summary>The members counted at least once, with their counts, in the enum's order.</summary>
    public IEnumerable<(T Member, int Count)> Counted => Members.Select(m => (m, this[m])).Where(x => x.Item2 > 0);

    public static Tally<T> Of(T member)
    {
        var counts = new int[Members.Length];
        counts[Index(member)] = 1;
        return new Tally<T>(counts);
    }

    public static Tally<T> operator +(Tally<T> a, Tally<T> b) => new(a._counts.Zip(b._counts, (x, y) => x + y).ToArray());

    private static int Index(T member) => Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture);
}
