using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class ProgressBinder
{
    public static ProgressReport? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "a progress report", diagnostics);
        if (map is null) return null;
        var period = map.RequiredPeriod("period");
        var title = map.Text("title");
        var published = map.Date("published");
        var actions = map.List("actions", n =>
        {
            var a = MappingReader.Open(n, "an action's progress", diagnostics);
            if (a is null) return null;
            var action = a.Reference("action");
            if (action is null) a.ReportMissing("action");
            var progress = new ActionProgress(action ?? new Ref(string.Empty, a.Location), a.Choice("status", Vocabulary.Statuses), a.Figure("percent"), a.Markdown("commentary"));
            a.Finish();
            return action is null ? null : progress;
        });
        var indicators = map.List("indicators", n =>
        {
            var i = MappingReader.Open(n, "an indicator's progress", diagnostics);
            if (i is null) return null;
            var indicator = i.Reference("indicator");
            if (indicator is null) i.ReportMissing("indicator");
            var progress = new IndicatorProgress(indicator ?? new Ref(string.Empty, i.Location), i.Choice("status", Vocabulary.Statuses), i.Figure("value"), i.Markdown("commentary"));
            i.Finish();
            return indicator is null ? null : progress;
        });
        var counts = new Dictionary<RagStatus, int>();
        var countsMap = MappingReader.Open(map.Node("stated_counts"), "the stated counts", diagnostics);
        map.Finish();
        if (countsMap is not null)
        {
            foreach (var (word, status) in Vocabulary.Statuses)
            {
                var s = countsMap.Scalar(word);
                if (s is null) continue;
                if (int.TryParse(s.Value, out var n)) counts[status] = n;
                else diagnostics.Report(DiagnosticCatalog.NumberUnreadable, s.Location, s.Value, "a count is a whole number");
            }

            countsMap.Finish();
        }

        return period is null ? null : new ProgressReport(file.File.Name, period, title, published, actions, indicators, counts, map.Location);
    }
}
