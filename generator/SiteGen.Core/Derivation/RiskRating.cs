using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>A risk's score (likelihood × impact, by level position) and the band it falls in on the plan's scale.</summary>
public sealed record RiskRating(int Score, string? Band)
{
    public static RiskRating? Of(RiskAssessment? assessment, RiskScale? scale)
    {
        if (assessment?.Likelihood is null || assessment.Impact is null || scale is null) return null;
        var score = assessment.Likelihood.Score * assessment.Impact.Score;
        var band = scale.Bands.FirstOrDefault(b => score <= b.UpTo)?.Name;
        return new RiskRating(score, band);
    }

    /// <summary>
    /// Warns when the rating as printed disagrees with the scores: a printed number must equal the score,
    /// and a printed band name must be the band the score falls in.
    /// </summary>
    public static void CheckStated(RiskAssessment? assessment, RiskRating? rating, RiskScale scale, DiagnosticBag diagnostics)
    {
        if (assessment?.StatedRating is not { } stated || rating is null) return;
        var digits = new string(stated.TakeWhile(char.IsAsciiDigit).ToArray());
        var numberDisagrees = digits.Length > 0 && int.Parse(digits) != rating.Score;
        var statedBand = scale.Bands.FirstOrDefault(b => stated.Contains(b.Name, StringComparison.OrdinalIgnoreCase));
        var bandDisagrees = statedBand is not null && !string.Equals(statedBand.Name, rating.Band, StringComparison.OrdinalIgnoreCase);
        if (numberDisagrees || bandDisagrees)
        {
            diagnostics.Report(
                DiagnosticCatalog.RiskRatingMismatch,
                assessment.Location,
                stated,
                $"{rating.Score} ({rating.Band ?? "no band"})",
                assessment.Likelihood!.Value,
                assessment.Impact!.Value);
        }
    }
}
