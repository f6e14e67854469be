using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>Where the council stands against a comparator: better, similar or worse, by the indicator's polarity.</summary>
public enum Position
{
    Better,
    Similar,
    Worse,
}

/// <summary>
/// The one rule for "similar": two figures are similar when they differ by no more than the larger of
/// <list type="bullet">
/// <item>the share <c>similar_within</c> (site.yml, default 5%) of the comparator's value — for a percentage, of
/// its distance from 0% or from 100%, whichever is nearer, so that 0.08% against 0.24% (three times as many)
/// or 95% against 99.5% (ten times as many missed) is a real difference, while 50% against 51% is not; and</item>
/// <item>one step of the last digit either figure is printed to (0.1 for 92.7), since printed figures are
/// rounded and cannot be told apart more finely.</item>
/// </list>
/// </summary>
public static class Similarity
{
    public static decimal Tolerance(Figure own, Figure other, Unit unit, decimal similarWithin)
    {
        var value = other.Number!.Value;
        var scale = unit == Unit.Percent ? Math.Min(Math.Abs(value), Math.Abs(100 - value)) : Math.Abs(value);
        return Math.Max(scale * similarWithin, Math.Max(Step(own), Step(other)));
    }

    /// <summary>Better, similar or worse: <paramref name="polarity"/> must say which way is better.</summary>
    public static Position Compare(decimal own, decimal other, decimal tolerance, Polarity polarity)
    {
        var difference = own - other;
        if (Math.Abs(difference) <= tolerance) return Position.Similar;
        return (difference > 0) == (polarity == Polarity.HigherIsBetter) ? Position.Better : Position.Worse;
    }

    /// <summary>One step of the last printed digit: 1 for "93", 0.1 for "92.7", 0.01 for "0.08%".</summary>
    public static decimal Step(Figure figure)
    {
        var step = 1m;
        for (var i = Places(figure); i > 0; i--) step /= 10;
        return step;
    }

    /// <summary>How many digits a figure is printed with after the decimal point.</summary>
    public static int Places(Figure figure)
    {
        var text = figure.Text.Trim().TrimEnd('%');
        var point = text.IndexOf('.');
        return point < 0 ? 0 : text.Length - point - 1;
    }
}
