using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>
/// Reads a figure as printed. The number is found by a small scanner — optional sign, optional £,
/// digits with thousands commas, optional decimals, optional % — and anything else leaves the figure
/// as text only. "New indicator" or "+5% over CC average" are therefore never a number. A comma counts
/// as a thousands separator only where it is one: one to three digits before the first, exactly three
/// after each, none after the decimal point. <c>1,2345</c> or <c>12,34</c> is a mistyped figure, not
/// 12345 or 1234, and stays text rather than becoming a wrong number on a chart.
/// </summary>
public static class FigureReader
{
    /// <summary>
    /// No plan prints a figure of a thousand million million or more (a county's budget in pounds has ten
    /// digits); one that long is a slip — two figures run together — and stays text. Bounding figures here
    /// also keeps every sum, scale and comparison worked out from them far inside what a decimal holds.
    /// </summary>
    public const decimal Largest = 1_000_000_000_000_000m;

    public static Figure FromText(string text)
    {
        var trimmed = text.Trim();
        return new Figure(trimmed, TryReadNumber(trimmed), []);
    }

    public static Figure? Read(YNode? node, string key, DiagnosticBag diagnostics)
    {
        switch (node)
        {
            case null:
                return null;
            case YScalar s when s.IsNull:
                return null;
            case YScalar s:
                return FromText(s.Value);
            case YMapping m:
            {
                var parts = new List<FigurePart>();
                foreach (var entry in m.Entries)
                {
                    if (entry.Value is YScalar v && !v.IsNull)
                    {
                        parts.Add(new FigurePart(entry.Key.Value.Trim(), FromText(v.Value)));
                    }
                    else if (entry.Value is not YScalar)
                    {
                        diagnostics.Report(DiagnosticCatalog.WrongType, entry.Value.Location, $"The part '{entry.Key.Value}' of '{key}'", "a single value", entry.Value.KindName);
                    }
                }

                var text = string.Join("; ", parts.Select(p => $"{p.Name} {p.Value.Text}"));
                return new Figure(text, null, parts);
            }
            default:
                diagnostics.Report(DiagnosticCatalog.WrongType, node.Location, $"'{key}'", "a value as printed, or parts such as {girls: 61.4, boys: 49.6}", node.KindName);
                return null;
        }
    }

    public static decimal? TryReadNumber(string text)
    {
        var i = 0;
        var negative = false;
        if (i < text.Length && (text[i] == '-' || text[i] == '+' || text[i] == '−'))
        {
            negative = text[i] != '+';
            i++;
        }

        if (i < text.Length && text[i] == '£') i++;

        // The digits without separators are never longer than the text; most figures are a few characters.
        Span<char> digits = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        var length = 0;
        var sawDigit = false;
        var sawPoint = false;
        var sawComma = false;
        var groupDigits = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
                sawDigit = true;
                if (!sawPoint) groupDigits++;
            }
            else if (c == ',')
            {
                // A thousands separator, skipped; in the wrong place the figure is text.
                if (!sawDigit || sawPoint || groupDigits > 3 || (sawComma && groupDigits != 3) || !IsThousandsGroup(text, i)) return null;
                sawComma = true;
                groupDigits = 0;
            }
            else if (c == '.' && !sawPoint)
            {
                if (sawComma && groupDigits != 3) return null;
                digits[length++] = '.';
                sawPoint = true;
            }
            else
            {
                break;
            }
        }

        if (sawComma && !sawPoint && groupDigits != 3) return null;
        if (i < text.Length && text[i] == '%') i++;
        if (!sawDigit || i != text.Length) return null;
        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value >= Largest) return null;
        return negative ? -value : value;
    }

    /// <summary>Whether exactly three digits follow the comma at <paramref name="comma"/>.</summary>
    private static bool IsThousandsGroup(string text, int comma)
    {
        var count = 0;
        for (var j = comma + 1; j < text.Length && char.IsAsciiDigit(text[j]); j++) count++;
        return count == 3;
    }
}
