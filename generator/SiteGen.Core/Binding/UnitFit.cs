using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// Whether a figure as printed fits its indicator's unit: <c>£78.94</c> or <c>1,234</c> in a percentage
/// indicator, or <c>55%</c> in a money one, has almost always been put against the wrong indicator (a
/// spreadsheet column out by one) or the indicator has the wrong unit. Only the signs written are judged —
/// a currency sign, a percent sign, a thousands separator — never the size of the number: 130% is a real percentage.
/// </summary>
public static class UnitFit
{
    /// <summary>What <paramref name="figure"/> looks like when that does not fit <paramref name="unit"/> ("an amount of money"); null when it fits, or is not a number.</summary>
    public static string? Mismatch(Figure figure, Unit unit)
    {
        foreach (var part in figure.Parts)
        {
            if (Mismatch(part.Value, unit) is { } inPart) return inPart;
        }

        if (figure.Number is null) return null;
        var text = figure.Text;
        var money = text.AsSpan().IndexOfAny("£$€") >= 0;
        var percent = text.EndsWith('%');
        return unit switch
        {
            Unit.Percent when money => "an amount of money",
            Unit.Percent when !percent && text.Contains(',') => "a count (it has a thousands separator)",
            Unit.Money when percent => "a percentage",
            Unit.Count or Unit.Number when percent => "a percentage",
            Unit.Count or Unit.Number when money => "an amount of money",
            _ => null,
        };
    }

    /// <summary>The unit as officers write it in a file (<c>percent</c>, <c>money</c>), for messages.</summary>
    public static string Word(Unit unit) => Vocabulary.Units.First(u => u.Value == unit).Key;
}
