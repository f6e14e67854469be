using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Likelihood × impact on the plan's own scale: cells shaded by rating band (with the band named in
/// the cell, so shading is never the only cue), each risk's reference in its cell before mitigation
/// and, outlined, after it, each linked to its row of the register.
/// </summary>
public static class RiskMatrixBuilder
{
    private const double Left = 96;
    private const double Top = 24;
    private const double Cell = 104;

    public static ChartView? Build(RiskScale? scale, IReadOnlyList<Risk> risks, Func<Risk, string> rowHref, string id, string tableId)
    {
        if (scale?.Likelihood is null || scale.Impact is null || risks.Count == 0) return null;
        var likelihoods = scale.Likelihood.Levels;
        var impacts = scale.Impact.Levels;
        var shapes = new List<ChartShape>();
        double X(ScaleLevel impact) => Left + (impact.Score - 1) * Cell;
        double Y(ScaleLevel likelihood) => Top + (likelihoods.Count - likelihood.Score) * Cell;

        foreach (var l in likelihoods)
        {
            foreach (var i in impacts)
            {
                var score = l.Score * i.Score;
                var bandIndex = scale.Bands.ToList().FindIndex(b => score <= b.UpTo);
                var band = bandIndex < 0 ? null : scale.Bands[bandIndex];
                shapes.Add(new ChartRect(R(X(i)), R(Y(l)), Cell, Cell, ChartPart.RiskCell) { Series = Math.Max(0, bandIndex) + 1 });
                shapes.Add(new ChartText(R(X(i) + 6), R(Y(l) + 16), new ChartLabel.RiskCell(score, band?.Name), ChartAnchor.Start, ChartPart.RiskCellLabel));
            }

            shapes.Add(new ChartText(Left - 10, R(Y(l) + Cell / 2 + 5), new ChartLabel.Printed(l.Value), ChartAnchor.End, ChartPart.Tick));
        }

        foreach (var i in impacts) shapes.Add(new ChartText(R(X(i) + Cell / 2), R(Top + likelihoods.Count * Cell + 20), new ChartLabel.Printed(i.Value), ChartAnchor.Middle, ChartPart.Tick));
        var height = (int)(Top + likelihoods.Count * Cell + 48);
        var width = (int)(Left + impacts.Count * Cell + 8);
        shapes.Add(new ChartText(R(Left + impacts.Count * Cell / 2), height - 6, new ChartLabel.Printed(scale.Impact.Label), ChartAnchor.Middle, ChartPart.AxisTitle));
        shapes.Add(new ChartText(16, R(Top + likelihoods.Count * Cell / 2), new ChartLabel.Printed(scale.Likelihood.Label), ChartAnchor.Start, ChartPart.VerticalAxisTitle));

        // Place references in each cell in rows, so several risks in one cell stay readable.
        var placed = new Dictionary<(int, int), int>();
        var placements = new List<RiskPlacement>();
        foreach (var risk in risks)
        {
            foreach (var (assessment, position) in new[] { (risk.Inherent, RiskPosition.Before), (risk.Residual, RiskPosition.After) })
            {
                if (assessment?.Likelihood is null || assessment.Impact is null) continue;
                var key = (assessment.Likelihood.Score, assessment.Impact.Score);
                var n = placed.GetValueOrDefault(key);
                placed[key] = n + 1;
                var x = R(X(assessment.Impact) + 8 + (n % 2) * 48);
                var y = R(Y(assessment.Likelihood) + 34 + (n / 2) * 24);
                shapes.Add(new ChartLink(
                    rowHref(risk),
                    new ChartLabel.RiskPlace(risk.Reference, position, scale.Likelihood.Label, assessment.Likelihood.Value, scale.Impact.Label, assessment.Impact.Value),
                    [
                        new ChartRect(x, y, 44, 20, position == RiskPosition.After ? ChartPart.RiskAfter : ChartPart.RiskBefore),
                        new ChartText(R(x + 22), R(y + 14), new ChartLabel.Printed(risk.Reference), ChartAnchor.Middle, ChartPart.RiskReference),
                    ],
                    ChartPart.RiskLink));
                placements.Add(new RiskPlacement(risk.Reference, position, assessment.Likelihood.Value, assessment.Impact.Value));
            }
        }

        var findings = new ChartFindings.RiskMatrix(risks.Count, scale.Likelihood.Label, scale.Impact.Label, placements);
        return new ChartView(id, ChartKind.RiskMatrix, findings, width, height, shapes, tableId);
    }
}
