using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace SiteGen.Rendering;

/// <summary>
/// A hash of everything a view model holds: every public property, walked to the leaves by each
/// value's runtime type (so a list of abstract chart shapes hashes each shape's own fields). View
/// models are immutable records and themes render only from them, so two models with the same
/// fingerprint render the same page. Serializers were not used because they write a property's
/// declared type, which would make two different charts look alike.
/// </summary>
public static class ModelFingerprint
{
    private const int MaxDepth = 64;
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    /// <summary>The fingerprint, or null for a model it cannot vouch for (too deep, or a value it cannot read): such a page is always rendered.</summary>
    public static byte[]? Of(object model)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        try
        {
            Walk(hash, model, 0);
        }
        catch (Exception e) when (e is InvalidOperationException or TargetInvocationException or NotSupportedException)
        {
            return null;
        }

        return hash.GetHashAndReset();
    }

    private static void Walk(IncrementalHash hash, object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException("A view model nested too deeply to fingerprint.");
        if (value is null)
        {
            Add(hash, "\u0000null");
            return;
        }

        var type = value.GetType();
        Add(hash, type.FullName ?? type.Name);
        switch (value)
        {
            case string s:
                Add(hash, s);
                return;
            case IFormattable f when type.IsPrimitive || type.IsEnum || value is decimal or DateTime or DateTimeOffset or DateOnly or TimeOnly or TimeSpan or Guid:
                Add(hash, f.ToString(null, CultureInfo.InvariantCulture));
                return;
            case bool or char:
                Add(hash, value.ToString()!);
                return;
            case IEnumerable items:
                var count = 0;
                foreach (var item in items)
                {
                    Walk(hash, item, depth + 1);
                    count++;
                }

                Add(hash, "\u0000end " + count.ToString(CultureInfo.InvariantCulture));
                return;
        }

        if (type.IsPrimitive || type.IsPointer || typeof(Delegate).IsAssignableFrom(type))
        {
            throw new NotSupportedException($"Cannot fingerprint a {type.Name}.");
        }

        foreach (var property in Properties.GetOrAdd(type, PublicProperties))
        {
            Add(hash, property.Name);
            Walk(hash, property.GetValue(value), depth + 1);
        }
    }

    private static PropertyInfo[] PublicProperties(Type type) => type
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    /// <summary>Length-prefixed, so ("ab", "c") and ("a", "bc") differ; the UTF-16 code units are hashed as they are, without copying.</summary>
    private static void Add(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
