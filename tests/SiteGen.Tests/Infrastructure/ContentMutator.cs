using System.Text;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Damages a content file the ways files really get damaged — a slip of the keyboard, a bad paste, an
/// editor that saved half a file — and the ways a hostile file would be written. Deterministic from the
/// <see cref="Random"/> it is given, so a failing case can be found again from the test's seed and number.
/// </summary>
public static class ContentMutator
{
    /// <summary>A mutation's name (for the failure message) and what it does to the file's bytes.</summary>
    public sealed record Mutation(string Name, Func<Random, byte[], byte[]> Apply);

    /// <summary>Every kind of damage, each as likely as the others.</summary>
    public static IReadOnlyList<Mutation> All { get; } =
    [
        new("byte flip", FlipBytes),
        new("deletion", (r, b) => Text(b, t => Delete(r, t))),
        new("line deleted", (r, b) => Text(b, t => DeleteLine(r, t))),
        new("duplication", (r, b) => Text(b, t => Duplicate(r, t))),
        new("indentation shift", (r, b) => Text(b, t => ShiftIndentation(r, t))),
        new("truncation", (r, b) => b[..r.Next(b.Length + 1)]),
        new("unicode line separator", (r, b) => Text(b, t => Insert(r, t, Pick(r, "\u2028", "\u2029", "\u0085", "\u000B", "\u000C", "\r")))),
        new("anchor and alias", (r, b) => Text(b, t => AnchorAndAlias(r, t))),
        new("tag", (r, b) => Text(b, t => BeforeValue(r, t, Pick(r, "!x ", "!!str ", "!!int ", "!!binary ", "!<tag:yaml.org,2002:str> ", "!!map ", "!!seq ", "!%zz ", "! ")))),
        new("deep nesting", (r, b) => Text(b, t => DeepNesting(r, t))),
        new("unclosed flow collection", (r, b) => Text(b, t => UnclosedFlow(r, t))),
        new("special character", (r, b) => Text(b, t => Insert(r, t, Pick(r, ":", ": ", " #", "#", "'", "\"", "|", ">", "- ", "? ", "%", "@", "`", "&", "*", "!", "{", "}", "[", "]", ",", "\t", "\\", "\0", "---\n", "...\n")))),
        new("colon removed", (r, b) => Text(b, t => RemoveColon(r, t))),
        new("extreme figure", (r, b) => Text(b, t => BeforeValue(r, t, Pick(r, "79228162514264337593543950335", "-79228162514264337593543950335", "0.0000000000000000000000000001", "999,999,999,999,999,999", "1e309 ", "0 ", "-0% ")))),
    ];

    /// <summary>Applies one to three mutations chosen by <paramref name="random"/>; returns the damaged bytes and what was done.</summary>
    public static (byte[] Bytes, string Description) Mutate(Random random, byte[] original)
    {
        var bytes = original;
        var names = new List<string>();
        var count = random.Next(10) < 7 ? 1 : random.Next(2, 4);
        for (var i = 0; i < count; i++)
        {
            var mutation = All[random.Next(All.Count)];
            bytes = mutation.Apply(random, bytes);
            names.Add(mutation.Name);
        }

        return (bytes, string.Join(" + ", names));
    }

    /// <summary>Text mutations work on the decoded text; a file already made invalid UTF-8 is damaged further as bytes.</summary>
    private static byte[] Text(byte[] bytes, Func<string, string> change)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return bytes;
        }

        return Encoding.UTF8.GetBytes(change(text));
    }

    private static string Pick(Random random, params string[] choices) => choices[random.Next(choices.Length)];

    private static byte[] FlipBytes(Random random, byte[] bytes)
    {
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        var flips = random.Next(1, 4);
        for (var i = 0; i < flips; i++) copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        return copy;
    }

    private static string Delete(Random random, string text)
    {
        if (text.Length == 0) return text;
        var start = random.Next(text.Length);
        return text.Remove(start, Math.Min(text.Length - start, random.Next(1, 24)));
    }

    private static string[] Lines(string text) => text.Split('\n');

    private static string DeleteLine(Random random, string text)
    {
        var lines = Lines(text).ToList();
        lines.RemoveAt(random.Next(lines.Count));
        return string.Join('\n', lines);
    }

    private static string Duplicate(Random random, string text)
    {
        var lines = Lines(text).ToList();
        var at = random.Next(lines.Count);
        var length = Math.Min(lines.Count - at, random.Next(1, 4));
        lines.InsertRange(at + length, lines.GetRange(at, length));
        return string.Join('\n', lines);
    }

    private static string ShiftIndentation(Random random, string text)
    {
        var lines = Lines(text);
        var at = random.Next(lines.Length);
        var shift = random.Next(1, 5);
        lines[at] = random.Next(2) == 0
            ? new string(' ', shift) + lines[at]
            : lines[at][Math.Min(shift, lines[at].Length - lines[at].TrimStart(' ').Length)..];
        return string.Join('\n', lines);
    }

    private static string Insert(Random random, string text, string what) => text.Insert(random.Next(text.Length + 1), what);

    /// <summary>Where a value starts: just after a <c>: </c> or a <c>- </c>, or anywhere when the file has neither.</summary>
    private static int ValueStart(Random random, string text)
    {
        var starts = new List<int>();
        for (var i = 1; i < text.Length; i++)
        {
            if (text[i] == ' ' && text[i - 1] is ':' or '-') starts.Add(i + 1);
        }

        return starts.Count == 0 ? random.Next(text.Length + 1) : starts[random.Next(starts.Count)];
    }

    private static string BeforeValue(Random random, string text, string what) => text.Insert(ValueStart(random, text), what);

    private static string AnchorAndAlias(Random random, string text)
    {
        var name = Pick(random, "a", "x1", "very-long-anchor-name");
        var withAnchor = BeforeValue(random, text, $"&{name} ");
        return random.Next(2) == 0 ? withAnchor : BeforeValue(random, withAnchor, $"*{name} ");
    }

    private static string DeepNesting(Random random, string text)
    {
        var depth = Pick(random, "10", "70", "200", "1000");
        var n = int.Parse(depth, System.Globalization.CultureInfo.InvariantCulture);
        var nested = random.Next(5) switch
        {
            0 => new string('[', n) + new string(']', n),
            1 => string.Concat(Enumerable.Repeat("{a: ", n)) + "x" + new string('}', n),
            2 => "\n" + string.Concat(Enumerable.Range(0, Math.Min(n, 200)).Select(i => new string(' ', 2 * (i + 1)) + "k:\n")) + new string(' ', 2 * Math.Min(n, 200) + 2) + "v\n",
            3 => "\n\n" + new string('>', n) + " quoted\n\n",
            _ => "\n\n" + string.Concat(Enumerable.Range(0, Math.Min(n, 300)).Select(i => new string(' ', 2 * i) + "- item\n")) + "\n",
        };
        return BeforeValue(random, text, nested);
    }

    private static string UnclosedFlow(Random random, string text)
    {
        var closers = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '}' or ']') closers.Add(i);
        }

        if (closers.Count > 0 && random.Next(3) > 0) return text.Remove(closers[random.Next(closers.Count)], 1);
        return BeforeValue(random, text, Pick(random, "{", "[", "{a: [", "[{"));
    }

    private static string RemoveColon(Random random, string text)
    {
        var colons = new List<int>();
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (text[i] == ':' && text[i + 1] is ' ' or '\n') colons.Add(i);
        }

        return colons.Count == 0 ? text : text.Remove(colons[random.Next(colons.Count)], 1);
    }
}
