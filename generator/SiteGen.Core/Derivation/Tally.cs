namespace SiteGen.Derivation;

/// <summary>How many of each value of a closed set (an enum whose members run 0, 1, 2 …): immutable, and added up by <c>+</c>.</summary>
public sealed class Tally<T>
    where T : struct, Enum
{
    private static readonly T[] Members = Enum.GetValues<T>();
    private readonly int[] _counts;

    private Tally(int[] counts) => _counts = counts;

    public static Tally<T> Zero { get; } = new(new int[Members.Length]);

    private static readonly Tally<T>[] Ones = Enumerable.Range(0, Members.Length).Select(i =>
    {
        var counts = new int[Members.Length];
        counts[i] = 1;
        return new Tally<T>(counts);
    }).ToArray();

    public int this[T member] => _counts[Index(member)];

    public int Total
    {
        get
        {
            var total = 0;
            foreach (var count in _counts) total += count;
            return total;
        }
    }

    /// <summary>The members counted at least once, with their counts, in the enum's order.</summary>
    public IEnumerable<(T Member, int Count)> Counted => Members.Select(m => (m, this[m])).Where(x => x.Item2 > 0);

    /// <summary>A tally of one <paramref name="member"/>: one shared instance per member, made once.</summary>
    public static Tally<T> Of(T member) => Ones[Index(member)];

    /// <summary>
    /// A plain loop, not LINQ's Zip: roll-ups add a tally for every indicator and action of every plan and
    /// objective, and the iterators and array builders of Zip made up most of what deriving allocated.
    /// A tally is immutable and compared by nobody, so a sum may be one of its terms.
    /// </summary>
    public static Tally<T> operator +(Tally<T> a, Tally<T> b)
    {
        // Most additions add an item's tally to a sum in which the other kinds are still zero; a tally is
        // immutable, so the other side itself is the sum.
        if (ReferenceEquals(a, Zero)) return b;
        if (ReferenceEquals(b, Zero)) return a;
        var sum = new int[Members.Length];
        for (var i = 0; i < sum.Length; i++) sum[i] = a._counts[i] + b._counts[i];
        return new Tally<T>(sum);
    }

    /// <summary>The member's position: its value, read without boxing it (the counted enums are all backed by int).</summary>
    private static int Index(T member) => System.Runtime.CompilerServices.Unsafe.SizeOf<T>() == sizeof(int)
        ? System.Runtime.CompilerServices.Unsafe.As<T, int>(ref member)
        : Convert.ToInt32(member, System.Globalization.CultureInfo.InvariantCulture);
}
