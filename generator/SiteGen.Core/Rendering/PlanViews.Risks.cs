using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Rendering.Charts;
using SiteGen.Rendering.Pages;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>A plan's risks and its own risk scale, with the ratings SiteGen worked out beside the ones it printed.</summary>
public sealed partial class PlanViews
{
    public RiskView Risk(Risk risk) => new(
        _routes.RiskAnchor(risk),
        risk.Reference,
        risk.Description,
        Officer(risk.Owner),
        Score(risk.Inherent),
        Score(risk.Residual),
        risk.Priority,
        risk.Controls,
        Markdown(risk.Mitigation),
        risk.Review is null ? null : new ReviewView(risk.Review.Method, risk.Review.Frequency, risk.Review.Dates),
        risk.Objectives.Select(o => o.Value).ToList(),
        Markdown(risk.Notes))
    {
        PriorityMeaning = risk.Priority is { } priority ? Plan.RiskScale?.Priority?.Levels.FirstOrDefault(l => l.Value == priority)?.Label : null,
    };

    private RiskScoreView? Score(RiskAssessment? assessment)
    {
        if (assessment is null) return null;
        var rating = _site.Facts.RiskRatings.GetValueOrDefault(assessment);
        return new RiskScoreView(
            Plan.RiskScale?.Likelihood?.Label,
            assessment.Likelihood?.Value,
            Plan.RiskScale?.Impact?.Label,
            assessment.Impact?.Value,
            rating?.Score,
            rating?.Band,
            assessment.StatedRating);
    }

    public RiskScaleView? RiskScale()
    {
        var scale = Plan.RiskScale;
        if (scale is null) return null;
        return new RiskScaleView(
            ScaleOf(scale.Priority?.Label, scale.Priority?.Levels),
            ScaleOf(scale.Likelihood?.Label, scale.Likelihood?.Levels),
            ScaleOf(scale.Impact?.Label, scale.Impact?.Levels),
            scale.Bands.Select((b, i) => new RiskBandView(b.Name, i == 0 ? 1 : scale.Bands[i - 1].UpTo + 1, b.UpTo)).ToList());
    }

    private static ScaleView? ScaleOf(string? label, IReadOnlyList<ScaleLevel>? levels) =>
        levels is null ? null : new ScaleView(label, levels.Select(l => new LabelledLevel(l.Value, l.Label)).ToList());
}
