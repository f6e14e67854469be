using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class RiskScaleBinder
{
    public static RiskScale? Bind(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the risk scale", diagnostics);
        if (map is null) return null;
        var likelihood = BindAxis(map.Node("likelihood"), "Likelihood", diagnostics);
        var impact = BindAxis(map.Node("impact"), "Impact", diagnostics);
        var bands = map.List("bands", n =>
        {
            var b = MappingReader.Open(n, "a risk band", diagnostics);
            if (b is null) return null;
            var name = b.TranslatableText("name", required: true);
            var upTo = b.Scalar("up_to");
            b.Require("up_to");
            b.Finish();
            if (upTo is not null && !int.TryParse(upTo.Value, out _))
            {
                diagnostics.Report(DiagnosticCatalog.NumberUnreadable, upTo.Location, upTo.Value, "'up_to' is the highest score in the band, a whole number");
                return null;
            }

            return name is null || upTo is null ? null : new RiskBand(name, int.Parse(upTo.Value));
        });
        var priority = BindAxis(map.Node("priority"), "Priority", diagnostics);
        map.Finish();

        if ((likelihood is null) != (impact is null))
        {
            map.ReportMissing(likelihood is null ? "likelihood" : "impact");
        }

        if (likelihood is null && priority is null)
        {
            map.ReportMissing("likelihood");
        }

        if (likelihood is not null && bands.Count == 0)
        {
            map.ReportMissing("bands");
        }

        return new RiskScale(likelihood, impact, bands.OrderBy(b => b.UpTo).ToList(), priority);
    }

    public static BandingScale? BindBandingScale(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a banding scale", diagnostics);
        if (map is null) return null;
        var id = map.RequiredText("id");
        var name = map.TranslatableText("name", required: true);
        var levels = BindLevels(map, diagnostics);
        map.Finish();
        return id is null || name is null ? null : new BandingScale(id, name, levels);
    }

    private static ScaleAxis? BindAxis(YNode? node, string defaultLabel, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, $"the {defaultLabel.ToLowerInvariant()} scale", diagnostics);
        if (map is null) return null;
        var label = map.TranslatableText("label") ?? defaultLabel;
        var levels = BindLevels(map, diagnostics);
        map.Finish();
        return new ScaleAxis(label, levels);
    }

    /// <summary>Levels are listed lowest first; each is a plain value (<c>3</c>) or <c>{value, label}</c>.</summary>
    private static IReadOnlyList<ScaleLevel> BindLevels(MappingReader map, DiagnosticBag diagnostics)
    {
        if (!map.Require("levels")) return [];

        var position = 0;
        var levels = map.List("levels", n =>
        {
            if (n is YScalar s)
            {
                return new ScaleLevel(s.Value.Trim(), null, ++position);
            }

            var level = MappingReader.Open(n, "a scale level", diagnostics);
            if (level is null) return null;
            var value = level.RequiredText("value");
            var label = level.TranslatableText("label");
            level.Finish();
            return value is null ? null : new ScaleLevel(value, label, ++position);
        });
        return levels;
    }

    /// <summary>Finds a level by its value, reporting SG0302 with the scale's levels when it is not one.</summary>
    public static ScaleLevel? Level(ScaleAxis? axis, YScalar? written, string scaleName, DiagnosticBag diagnostics)
    {
        if (written is null || axis is null) return null;
        var value = written.Value.Trim();
        var level = axis.Levels.FirstOrDefault(l => string.Equals(l.Value, value, StringComparison.OrdinalIgnoreCase));
        if (level is null)
        {
            diagnostics.Report(DiagnosticCatalog.OutsideScale, written.Location, value, scaleName, string.Join(", ", axis.Levels.Select(l => l.Value)));
        }

        return level;
    }
}
