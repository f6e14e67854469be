using System.Globalization;
using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Yaml;

namespace SiteGen.Configuration;

/// <summary>Reads <c>judgements:</c> in site.yml, keeping the default of anything not given or not usable (each problem reported at its value).</summary>
public static class JudgementSettingsReader
{
    public static JudgementSettings Read(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the judgement thresholds", diagnostics);
        if (map is null) return JudgementSettings.Default;
        var defaults = JudgementSettings.Default;
        var onCourse = Share(map, "on_course", diagnostics);
        var notFastEnough = Share(map, "not_fast_enough", diagnostics);
        var littleProgress = Share(map, "little_progress", diagnostics);
        var similar = Share(map, "similar_within", diagnostics);
        map.Finish();

        var settings = new JudgementSettings(onCourse?.Value ?? defaults.OnCourse, notFastEnough?.Value ?? defaults.NotFastEnough, littleProgress?.Value ?? defaults.LittleProgress, similar?.Value ?? defaults.SimilarWithin);
        if (similar is { Value: < 0 or >= 1 })
        {
            diagnostics.Report(DiagnosticCatalog.JudgementSettingOutOfRange, similar.Location, similar.Key, similar.Text, "it is a share of the comparator's value, from 0% to less than 100% (default 5%)");
            settings = settings with { SimilarWithin = defaults.SimilarWithin };
        }

        // The categories must keep their meaning: "improving" needs a pace above nothing, "the wrong way" a pace of nothing or less.
        if (settings.NotFastEnough <= 0 || settings.LittleProgress > 0 || settings.OnCourse <= settings.NotFastEnough || settings.NotFastEnough <= settings.LittleProgress)
        {
            // The defaults are in order, so at least one of the three was given: the message is put at the one out of place, else at the first given.
            var culprit = notFastEnough is { Value: <= 0 } ? notFastEnough : littleProgress is { Value: > 0 } ? littleProgress : onCourse ?? notFastEnough ?? littleProgress!;
            diagnostics.Report(
                DiagnosticCatalog.JudgementSettingOutOfRange,
                culprit.Location,
                culprit.Key,
                culprit.Text,
                $"the thresholds must run from on_course, down through not_fast_enough (above 0%), to little_progress (0% or below); here they are {Percent(settings.OnCourse)}, {Percent(settings.NotFastEnough)} and {Percent(settings.LittleProgress)} (defaults {Percent(defaults.OnCourse)}, {Percent(defaults.NotFastEnough)} and {Percent(defaults.LittleProgress)})");
            settings = settings with { OnCourse = defaults.OnCourse, NotFastEnough = defaults.NotFastEnough, LittleProgress = defaults.LittleProgress };
        }

        return settings;
    }

    private sealed record Given(string Key, decimal Value, string Text, SourceLocation Location);

    /// <summary>A share written as a percentage ("95%", "-10%"); a bare number is refused, since 0.95 might mean 95% or 0.95%.</summary>
    private static Given? Share(MappingReader map, string key, DiagnosticBag diagnostics)
    {
        var scalar = map.Scalar(key);
        if (scalar is null) return null;
        var text = scalar.Value.Trim();
        if (!text.EndsWith('%') || PrintedNumber.TryRead(text) is not { } number)
        {
            diagnostics.Report(DiagnosticCatalog.JudgementSettingOutOfRange, scalar.Location, key, text, "write it as a percentage, such as 95%");
            return null;
        }

        return new Given(key, number / 100, text, scalar.Location);
    }

    private static string Percent(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";
}
