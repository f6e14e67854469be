using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;

namespace SiteGen.Derivation;

/// <summary>
/// Whether two values of the model or the derived facts hold the same data, field by field and item by item (records
/// compare lists by reference, and an edited plan is bound into new lists). For telling what an edit changed in the few
/// objects it touched; never for whole sites.
/// </summary>
/// <remarks>Anything it cannot walk (deeper than <see cref="MaxDepth"/>, which the model's trees never are) counts as different: a false "changed" costs a page, a false "same" would leave one stale.</remarks>
public static class SameValue
{
    private const int MaxDepth = 32;

    private static readonly ConcurrentDictionary<Type, Func<object, object?>[]> Members = new();

    public static bool Of(object? a, object? b) => Same(a, b, 0);

    private static bool Same(object? a, object? b, int depth)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null) return false;
        var type = a.GetType();
        if (type != b.GetType()) return false;
        if (type.IsPrimitive || type.IsEnum || a is string or decimal or DateTime or DateOnly or TimeSpan) return a.Equals(b);
        if (depth > MaxDepth) return false;
        if (a is IEnumerable first)
        {
            var left = first.GetEnumerator();
            var right = ((IEnumerable)b).GetEnumerator();
            while (true)
            {
                var more = left.MoveNext();
                if (more != right.MoveNext()) return false;
                if (!more) return true;
                if (!Same(left.Current, right.Current, depth + 1)) return false;
            }
        }

        foreach (var member in Members.GetOrAdd(type, MembersOf))
        {
            if (!Same(member(a), member(b), depth + 1)) return false;
        }

        return true;
    }

    /// <summary>Public properties and fields (a tuple's items are fields).</summary>
    private static Func<object, object?>[] MembersOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .Select(p => (Func<object, object?>)p.GetValue)
            .Concat(type.GetFields(BindingFlags.Public | BindingFlags.Instance).Select(f => (Func<object, object?>)f.GetValue))
            .ToArray();
}
