using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>What a plan's own printed verdict is about: its "target met?" column or its "did we improve?" column.</summary>
public enum VerdictOn
{
    Target,
    Improvement,
}

/// <summary>A printed verdict as the site reads it.</summary>
public enum VerdictReading
{
    Yes,
    No,

    /// <summary>Improvement only: the plan says the result stayed the same ("C" for constant).</summary>
    Unchanged,

    /// <summary>A mark the site does not know ("New Measure"): shown as printed, never checked.</summary>
    Unread,
}

/// <summary>
/// The council's own judgement as its plan prints it, kept as the council's, and whether the figures beside
/// it bear it out. <see cref="Agrees"/> is null when the figures cannot say (no target, no earlier result, no
/// polarity, figures that are not numbers, or a mark the site does not read).
/// </summary>
/// <param name="Previous">For an improvement: the result it improved on, the last number before the point's own.</param>
public sealed record CouncilVerdict(SeriesPoint Point, VerdictOn On, string Printed, VerdictReading Reading, bool? Agrees, SeriesPoint? Previous);

/// <summary>Reads the verdicts a plan prints beside its figures and checks them against those figures (SG0405, SG0406).</summary>
public static class CouncilVerdicts
{
    // The marks plans print, lower case. Anything else is shown as printed and not checked.
    private static readonly IReadOnlyDictionary<string, VerdictReading> MetMarks = Marks(
        (VerdictReading.Yes, ["☺", "🙂", "😊", "✓", "✔", "yes", "y", "met", "achieved"]),
        (VerdictReading.No, ["☹", "🙁", "✗", "✘", "x", "no", "n", "not met", "missed"]));

    private static readonly IReadOnlyDictionary<string, VerdictReading> ImprovedMarks = Marks(
        (VerdictReading.Yes, ["▲", "↑", "✓", "✔", "yes", "y", "improved"]),
        (VerdictReading.No, ["▼", "↓", "✗", "✘", "x", "no", "n", "not improved", "worse"]),
        (VerdictReading.Unchanged, ["c", "=", "↔", "◄►", "same", "unchanged", "constant", "no change", "maintained"]));

    public static VerdictReading Read(string printed, VerdictOn on) =>
        (on == VerdictOn.Target ? MetMarks : ImprovedMarks).GetValueOrDefault(printed.Trim().ToLowerInvariant(), VerdictReading.Unread);

    public static IReadOnlyList<CouncilVerdict> Of(Indicator indicator)
    {
        var verdicts = new List<CouncilVerdict>();
        var direction = indicator.Polarity switch { Polarity.HigherIsBetter => 1, Polarity.LowerIsBetter => -1, _ => 0 };
        SeriesPoint? previous = null;
        foreach (var point in indicator.Values)
        {
            var actual = point.Actual?.Number;
            if (point.Met is { } met)
            {
                var reading = Read(met, VerdictOn.Target);
                bool? agrees = null;
                if (reading != VerdictReading.Unread && direction != 0 && actual is { } a && point.Target?.Number is { } t)
                {
                    var wasMet = direction * (a - t) >= 0;
                    agrees = wasMet == (reading == VerdictReading.Yes);
                }

                verdicts.Add(new CouncilVerdict(point, VerdictOn.Target, met, reading, agrees, null));
            }

            if (point.Improved is { } improved)
            {
                var reading = Read(improved, VerdictOn.Improvement);
                bool? agrees = null;
                if (reading != VerdictReading.Unread && direction != 0 && actual is { } a && previous?.Actual?.Number is { } before)
                {
                    var change = Math.Sign(direction * (a - before));
                    agrees = reading switch
                    {
                        VerdictReading.Yes => change > 0,

                        // "Did we improve? No" is borne out by a result that stayed the same as well as one that got worse.
                        VerdictReading.No => change <= 0,
                        _ => change == 0,
                    };
                }

                verdicts.Add(new CouncilVerdict(point, VerdictOn.Improvement, improved, reading, agrees, previous));
            }

            if (actual is not null) previous = point;
        }

        return verdicts;
    }

    /// <summary>Warns at each verdict the figures contradict; the page still shows it, as the council's.</summary>
    public static void Check(Indicator indicator, IReadOnlyList<CouncilVerdict> verdicts, DiagnosticBag diagnostics)
    {
        var polarity = indicator.Polarity == Polarity.HigherIsBetter ? "higher is better" : "lower is better";
        foreach (var v in verdicts.Where(v => v.Agrees == false))
        {
            var point = v.Point;
            if (v.On == VerdictOn.Target)
            {
                var saidMet = v.Reading == VerdictReading.Yes;
                diagnostics.Report(DiagnosticCatalog.CouncilMetVerdictDisagrees, point.Location, point.Period.Label, saidMet ? "met" : "not met", v.Printed, point.Actual!.Text, saidMet ? "does not meet" : "meets", point.Target!.Text, polarity);
            }
            else
            {
                var said = v.Reading switch { VerdictReading.Yes => "improved", VerdictReading.No => "not improved", _ => "unchanged" };
                diagnostics.Report(DiagnosticCatalog.CouncilImprovedVerdictDisagrees, point.Location, point.Period.Label, said, v.Printed, v.Previous!.Actual!.Text, v.Previous.Period.Label, point.Actual!.Text, polarity);
            }
        }
    }

    private static Dictionary<string, VerdictReading> Marks(params (VerdictReading Reading, string[] Marks)[] groups) =>
        groups.SelectMany(g => g.Marks.Select(m => (Mark: m, g.Reading))).ToDictionary(x => x.Mark, x => x.Reading, StringComparer.Ordinal);
}
