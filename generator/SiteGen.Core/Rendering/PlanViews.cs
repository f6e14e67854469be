using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>Turns one plan's model objects into view objects; the per-plan lookups are built once.</summary>
public sealed class PlanViews
{
    private readonly SiteFacts _facts;
    private readonly Plan _plan;
    private readonly Organisation? _organisation;
    private readonly Dictionary<string, Officer> _officers;
    private readonly Dictionary<string, Indicator> _indicators;

    public PlanViews(SiteFacts facts, Plan plan, Organisation? organisation)
    {
        _facts = facts;
        _plan = plan;
        _organisation = organisation;
        _officers = (organisation?.Officers ?? []).GroupBy(o => o.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        _indicators = plan.Indicators.GroupBy(i => i.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public PlanHeader Header() => new(
        _plan.Title,
        _plan.Subtitle,
        _organisation?.Name ?? _plan.Organisation.Value,
        _plan.Kind,
        _plan.Period.ToString(),
        Words.Of(_plan.Status),
        _plan.Approval is null ? null : string.Join(", ", new[] { _plan.Approval.By, _plan.Approval.Date?.ToString() }.OfType<string>()),
        _plan.Published?.ToString(),
        Officer(_plan.ResponsibleOfficer));

    /// <summary>"Head of Service (Steve Titcombe)"; the id itself when the officer is unknown (already reported).</summary>
    public string? Officer(Ref? reference)
    {
        if (reference is null) return null;
        if (!_officers.TryGetValue(reference.Value, out var officer)) return reference.Value;
        return officer.Name is null ? officer.Post : $"{officer.Post} ({officer.Name})";
    }

    private string? Officers(IReadOnlyList<Ref> references) =>
        references.Count == 0 ? null : string.Join("; ", references.Select(r => Officer(r)));

    public IndicatorView? IndicatorByKey(Ref reference) => _indicators.TryGetValue(reference.Value, out var i) ? Indicator(i) : null;

    public IndicatorView Indicator(Indicator indicator)
    {
        var assessment = _facts.Indicators[indicator];
        var scales = _plan.BandingScales.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var latest = assessment.Latest is { } l ? $"{l.Actual!.Text} in {l.Period}" : null;
        var (verdict, status) = assessment.Result switch
        {
            TargetResult.Met => ($"Met the target of {assessment.Compared!.Target!.Text} in {assessment.Compared.Period} ({assessment.Compared.Actual!.Text})", "on-track"),
            TargetResult.NotMet => ($"Did not meet the target of {assessment.Compared!.Target!.Text} in {assessment.Compared.Period} ({assessment.Compared.Actual!.Text})", "off-track"),
            _ => ("No target and result for the same period to compare", "no-data"),
        };

        return new IndicatorView
        {
            Anchor = "indicator-" + Routes.Slug(indicator.Key),
            Reference = indicator.DisplayReference,
            Title = indicator.Title,
            Description = MarkdownRenderer.ToHtml(indicator.Description),
            Unit = Words.Of(indicator.Unit),
            Polarity = Words.Of(indicator.Polarity),
            PeriodKind = Words.Of(indicator.PeriodKind),
            Codes = indicator.Codes,
            Category = indicator.Category,
            Tags = indicator.Tags,
            Owner = Officer(indicator.Owner),
            ProvidedBy = indicator.ProvidedBy,
            Series = indicator.Values.Select(v => new SeriesRow(v.Period.Label, v.Actual?.Text, v.Estimate?.Text, v.Target?.Text, v.Note)).ToList(),
            Comparators = indicator.Comparators.Select(c => new ComparatorRow(c.Label ?? Words.Of(c.Against), c.Period?.Label, c.Value.Text)).ToList(),
            Bandings = indicator.Bandings
                .Select(b =>
                {
                    var scale = scales.GetValueOrDefault(b.Scale.Value);
                    var level = scale?.Levels.FirstOrDefault(x => x.Value == b.Band.Text);
                    var band = level?.Label is null ? b.Band.Text : $"{b.Band.Text} — {level.Label}";
                    return new LabelledText(b.Period is null ? scale?.Name ?? b.Scale.Value : $"{scale?.Name ?? b.Scale.Value} {b.Period}", band);
                })
                .ToList(),
            AuthorityValues = indicator.AuthorityValues?.Values.Select(v => new LabelledText(v.Authority, v.Value.Text)).ToList() ?? [],
            AuthorityValuesPeriod = indicator.AuthorityValues?.Period?.Label,
            Commentary = MarkdownRenderer.ToHtml(indicator.Commentary),
            Comparison = MarkdownRenderer.ToHtml(indicator.Comparison),
            PeriodsNote = indicator.PeriodsNote,
            Footnotes = indicator.Footnotes,
            Latest = latest,
            Verdict = verdict,
            VerdictStatus = status,
            Direction = Words.Of(assessment.Direction),
        };
    }

    public ActionView Action(PlanAction action) => new(
        action.Reference,
        action.Area,
        action.Description,
        action.Timescale,
        action.Due?.ToString(),
        Officers(action.Leads),
        Officer(action.Accountable),
        action.Partners,
        action.Indicators.Select(r => r.Value).ToList(),
        action.Tags,
        action.SubActions.Select(s => new SubActionView(s.Reference, s.Description, s.Timescale, Officers(s.Leads))).ToList(),
        action.Progress.Select(p => new LabelledText(p.Period.Label, string.Join(" — ", new[] { p.Status is null ? null : Words.Of(p.Status.Value), p.Percent?.Text, p.Commentary }.OfType<string>()))).ToList());

    public RiskView Risk(Risk risk) => new(
        risk.Reference,
        risk.Description,
        Officer(risk.Owner),
        Score(risk.Inherent),
        Score(risk.Residual),
        risk.Priority,
        risk.Controls,
        MarkdownRenderer.ToHtml(risk.Mitigation),
        risk.Review is null ? null : string.Join("; ", new[] { risk.Review.Method, risk.Review.Frequency, risk.Review.Dates.Count == 0 ? null : string.Join(", ", risk.Review.Dates) }.OfType<string>()),
        risk.Objectives.Select(o => o.Value).ToList(),
        MarkdownRenderer.ToHtml(risk.Notes));

    private RiskScoreView? Score(RiskAssessment? assessment)
    {
        if (assessment is null) return null;
        var rating = _facts.RiskRatings.GetValueOrDefault(assessment);
        return new RiskScoreView(
            _plan.RiskScale?.Likelihood?.Label ?? "Likelihood",
            assessment.Likelihood?.Value,
            _plan.RiskScale?.Impact?.Label ?? "Impact",
            assessment.Impact?.Value,
            rating?.Score,
            rating?.Band,
            assessment.StatedRating);
    }

    public string? RiskScaleText()
    {
        var scale = _plan.RiskScale;
        if (scale is null) return null;
        if (scale.Likelihood is null || scale.Impact is null)
        {
            return scale.Priority is null ? null : $"{scale.Priority.Label}: {string.Join(", ", scale.Priority.Levels.Select(Level))}.";
        }

        var bands = string.Join(", ", scale.Bands.Select((b, i) =>
            $"{b.Name} {(i == 0 ? 1 : scale.Bands[i - 1].UpTo + 1).ToString(CultureInfo.InvariantCulture)}–{b.UpTo.ToString(CultureInfo.InvariantCulture)}"));
        return $"{scale.Likelihood.Label} ({string.Join(", ", scale.Likelihood.Levels.Select(Level))}) × {scale.Impact.Label} ({string.Join(", ", scale.Impact.Levels.Select(Level))}); rating bands: {bands}.";
    }

    private static string Level(ScaleLevel level) => level.Label is null ? level.Value : $"{level.Value} {level.Label}";
}
