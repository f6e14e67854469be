using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class InspectionBinder
{
    public static IReadOnlyList<Inspection> Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "an inspections file", diagnostics);
        if (map is null) return [];
        map.Require("inspections");
        var inspections = map.List("inspections", n => BindInspection(n, diagnostics));
        map.Finish();
        return inspections;
    }

    private static Inspection? BindInspection(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "an inspection", diagnostics);
        if (map is null) return null;
        var title = map.TranslatableText("title", required: true);
        var body = map.TranslatableText("body");
        var date = map.Date("date");
        var scale = map.List("scale", n =>
        {
            var s = MappingReader.Open(n, "a grade of the scale", diagnostics);
            if (s is null) return null;
            var grade = s.RequiredText("grade");
            var label = s.TranslatableText("label", required: true);
            s.Finish();
            return grade is null || label is null ? null : new InspectionGradeLabel(grade, label);
        });
        var summary = map.TranslatableMarkdown("summary");
        var judgements = map.List("judgements", n => BindJudgement(n, diagnostics));
        map.Finish();
        return title is null ? null : new Inspection(title, body, date, scale, summary, judgements, map.Location);
    }

    private static Judgement? BindJudgement(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a judgement", diagnostics);
        if (map is null) return null;
        var area = map.TranslatableText("area", required: true);
        var grades = map.List("grades", n =>
        {
            var g = MappingReader.Open(n, "a grade", diagnostics);
            if (g is null) return null;
            var period = g.RequiredPeriod("period");
            var grade = g.RequiredText("grade");
            g.Finish();
            return period is null || grade is null ? null : new Grade(period, grade);
        });
        var strengths = map.TranslatableTextList("strengths");
        var improvements = map.TranslatableTextList("improvements");
        map.Finish();
        return area is null ? null : new Judgement(area, grades, strengths, improvements);
    }
}
