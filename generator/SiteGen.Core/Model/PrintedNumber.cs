using System.Globalization;

namespace SiteGen.Model;

/// <summary>
/// The number a printed figure holds, found by a small scanner — optional sign, optional £, digits with
/// thousands commas, optional decimals, optional % — and anything else is no number at all: "New
/// indicator" or "+5% over CC average" are never one. What <see cref="Figure.Number"/> holds.
/// </summary>
public static class PrintedNumber
{
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
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                digits[length++] = c;
                sawDigit = true;
            }
            else if (c == ',' && sawDigit && !sawPoint && i + 3 < text.Length + 1 && IsThousandsGroup(text, i))
            {
                // a thousands separator: skip it
            }
            else if (c == '.' && !sawPoint)
            {
                digits[length++] = '.';
                sawPoint = true;
            }
            else
            {
                break;
            }
        }

        if (i < text.Length && text[i] == '%') i++;
        if (!sawDigit || i != text.Length) return null;
        if (!decimal.TryParse(digits[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) return null;
        return negative ? -value : value;
    }

    private static bool IsThousandsGroup(string text, int comma)
    {
        var count = 0;
        for (var j = comma + 1; j < text.Length && char.IsAsciiDigit(text[j]); j++) count++;
        return count >= 3;
    }
}
