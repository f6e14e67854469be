using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// The number a printed figure holds, found by a small scanner — optional sign, optional £, digits with
/// thousands commas, optional decimals, optional % — and anything else is no number at all: "New
/// indicator" or "+5% over CC average" are never one. A comma counts as a thousands separator only where
/// it is one: one to three digits before the first, exactly three after each, none after the decimal
/// point; <c>1,2345</c> or <c>12,34</c> is a mistyped figure, not 12345 or 1234, and stays text rather than
/// becoming a wrong number on a chart. What <see cref="Figure.Number"/> holds.
/// </summary>
public static class PrintedNumber
{
    /// <summary>
    /// No plan prints a figure of a thousand million million or more (a county's budget in pounds has ten
    /// digits); one that long is a slip — two figures run together — and stays text. Bounding figures here
    /// also keeps every sum, scale and comparison worked out from them far inside what a decimal holds.
    /// </summary>
    public const decimal Largest = 1_000_000_000_000_000m;

    public static decimal? TryRead(string text)
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
