using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;
using static SiteGen.Rendering.Charts.Svg;

namespace SiteGen.Rendering.Charts;

/// <summary>
/// Likelihood × impact on the plan's own scale: cells shaded by rating band (with the band named in
/// the cell, so shading is never the only cue), each risk's reference in its cell before mitigation
/// and, outlined, after it, each linked to its row of the register. A row of cells is as tall as its
/// most crowded cell needs, so every reference stays inside its cell however many share it.
/// </summary>
public static class RiskMatrixBuilder
{
    private const double Top = 8;
    private const double BoxHeight = 22;

    public static ChartView? Build(RiskScale? scale, IReadOnlyList<Risk> risks, Func<Risk, string> rowHref, string id, string tableId)
    {
        if (scale?.Likelihood is null || scale.Impact is null || risks.Count == 0) return null;
        var placements = new List<RiskPlacement>();
        foreach (var risk in risks)
        {
            foreach (var (assessment, position) in Assessments(risk))
            {
                placements.Add(new RiskPlacement(risk.Reference, position, assessment.Likelihood!.Value, assessment.Impact!.Value));
            }
        }

        var wide = Layout(scale, scale.Likelihood, scale.Impact, risks, rowHref, false);
        var narrow = Layout(scale, scale.Likelihood, scale.Impact, risks, rowHref, true);
        var findings = new ChartFindings.RiskMatrix(risks.Count, scale.Likelihood.Label, scale.Impact.Label, placements);
        return new ChartView(id, ChartKind.RiskMatrix, findings, wide.Width, wide.Height, wide.Shapes, tableId) { Narrow = narrow };
    }

    private static IEnumerable<(RiskAssessment Assessment, RiskPosition Position)> Assessments(Risk risk) =>
        new[] { (risk.Inherent, RiskPosition.Before), (risk.Residual, RiskPosition.After) }
            .Where(x => x.Item1?.Likelihood is not null && x.Item1.Impact is not null)
            .Select(x => (x.Item1!, x.Item2));

    private static ChartLayout Layout(RiskScale scale, ScaleAxis likelihood, ScaleAxis impact, IReadOnlyList<Risk> risks, Func<Risk, string> rowHref, bool narrow)
    {
        var likelihoods = likelihood.Levels;
        var impacts = impact.Levels;
        var shapes = new List<ChartShape>();

        // Columns: the axis title, the likelihood levels (in the room their longest needs), then the cells.
        const double titleRoom = 28;
        var levelRoom = Math.Clamp(likelihoods.Max(l => TextRoom.Width(l.Value)) + 14, 28, narrow ? 64 : 140);
        var left = titleRoom + levelRoom;
        var cell = narrow ? Math.Floor((ChartFrame.Phone.Width - left - 4) / impacts.Count) : 124;
        var width = left + impacts.Count * cell + 4;

        // Each cell names its score and band; where that does not fit on one line, the band goes below the score.
        var cellChars = TextRoom.Chars(cell - 12);
        // In English the label is the score, a space and the band; its length is what counts here.
        string CellText(int score) => scale.Bands.FirstOrDefault(b => score <= b.UpTo) is { } band
            ? string.Concat(score.ToString(CultureInfo.InvariantCulture), " ", band.Name)
            : score.ToString(CultureInfo.InvariantCulture);
        var labelLines = likelihoods.SelectMany(l => impacts.Select(i => TextRoom.LinesOf(CellText(l.Score * i.Score), cellChars, 2))).Max();

        // References in rows within their cell, as many to a row as fit.
        var box = Math.Min(cell - 10, Math.Max(44, risks.Max(r => TextRoom.Width(r.Reference, bold: true)) + 14));
        var perRow = Math.Max(1, (int)((cell - 8 + 4) / (box + 4)));
        var crowd = new Dictionary<(int, int), int>();
        foreach (var (assessment, _) in risks.SelectMany(Assessments))
        {
            var key = (assessment.Likelihood!.Score, assessment.Impact!.Score);
            crowd[key] = crowd.GetValueOrDefault(key) + 1;
        }

        var boxesTop = 12 + labelLines * TextRoom.Line;
        double HeightOf(ScaleLevel l)
        {
            var most = impacts.Max(i => crowd.GetValueOrDefault((l.Score, i.Score)));
            var rows = (most + perRow - 1) / perRow;
            return Math.Max(narrow ? 64 : 96, boxesTop + rows * (BoxHeight + 4) + 6);
        }

        var rowTop = new Dictionary<int, double>();
        var y0 = Top;
        foreach (var l in likelihoods.OrderByDescending(l => l.Score))
        {
            rowTop[l.Score] = y0;
            y0 += HeightOf(l);
        }

        var gridBottom = y0;
        double X(ScaleLevel i) => left + (i.Score - 1) * cell;
        var levelChars = TextRoom.Chars(levelRoom - 10);
        foreach (var l in likelihoods)
        {
            var height = HeightOf(l);
            foreach (var i in impacts)
            {
                var score = l.Score * i.Score;
                var bandIndex = scale.Bands.ToList().FindIndex(b => score <= b.UpTo);
                var band = bandIndex < 0 ? null : scale.Bands[bandIndex];
                shapes.Add(new ChartRect(R(X(i)), R(rowTop[l.Score]), cell, R(height), ChartPart.RiskCell) { Series = Math.Max(0, bandIndex) + 1 });
                shapes.Add(new ChartText(R(X(i) + 6), R(rowTop[l.Score] + 18), new ChartLabel.RiskCell(score, band?.Name), ChartAnchor.Start, ChartPart.RiskCellLabel) { MaxLength = cellChars, Lines = 2 });
            }

            var lines = TextRoom.LinesOf(l.Value, levelChars, 2);
            shapes.Add(new ChartText(R(left - 8), R(rowTop[l.Score] + height / 2 + 5 - (lines - 1) * TextRoom.Line / 2), new ChartLabel.Printed(l.Value), ChartAnchor.End, ChartPart.Tick) { MaxLength = levelChars, Lines = 2 });
        }

        var impactLines = impacts.Max(i => TextRoom.LinesOf(i.Value, TextRoom.Chars(cell - 6), 2));
        foreach (var i in impacts)
        {
            shapes.Add(new ChartText(R(X(i) + cell / 2), R(gridBottom + 20), new ChartLabel.Printed(i.Value), ChartAnchor.Middle, ChartPart.Tick) { MaxLength = TextRoom.Chars(cell - 6), Lines = 2 });
        }

        var titleY = gridBottom + 20 + impactLines * TextRoom.Line + 4;
        shapes.Add(new ChartText(R(left + impacts.Count * cell / 2), R(titleY), new ChartLabel.Printed(impact.Label), ChartAnchor.Middle, ChartPart.AxisTitle));
        shapes.Add(new ChartText(16, R((Top + gridBottom) / 2), new ChartLabel.Printed(likelihood.Label), ChartAnchor.Middle, ChartPart.VerticalAxisTitle));

        var placed = new Dictionary<(int, int), int>();
        foreach (var risk in risks)
        {
            foreach (var (assessment, position) in Assessments(risk))
            {
                var key = (assessment.Likelihood!.Score, assessment.Impact!.Score);
                var n = placed.GetValueOrDefault(key);
                placed[key] = n + 1;
                var x = R(X(assessment.Impact) + 6 + (n % perRow) * (box + 4));
                var y = R(rowTop[assessment.Likelihood.Score] + boxesTop + (n / perRow) * (BoxHeight + 4));
                shapes.Add(new ChartLink(
                    rowHref(risk),
                    new ChartLabel.RiskPlace(risk.Reference, position, likelihood.Label, assessment.Likelihood.Value, impact.Label, assessment.Impact.Value),
                    [
                        new ChartRect(x, y, R(box), BoxHeight, position == RiskPosition.After ? ChartPart.RiskAfter : ChartPart.RiskBefore),
                        new ChartText(R(x + box / 2), R(y + 16), new ChartLabel.Printed(risk.Reference), ChartAnchor.Middle, ChartPart.RiskReference) { MaxLength = TextRoom.Chars(box - 8, bold: true) },
                    ],
                    ChartPart.RiskLink));
            }
        }

        return new ChartLayout((int)Math.Ceiling(width), (int)Math.Ceiling(titleY + 10), shapes);
    }
}
