using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class ObjectiveBinder
{
    public static Objective? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "an objective", diagnostics);
        if (map is null) return null;
        var reference = map.Text("reference");
        var title = map.TranslatableText("title", required: true);
        var description = map.TranslatableMarkdown("description");
        var responsible = map.Reference("responsible_officer");
        var outcomes = map.References("outcomes");
        var contributions = map.List("contributes_to", n => BindContribution(n, diagnostics));
        var perspective = map.TranslatableText("perspective");
        var factors = map.TranslatableTextList("critical_success_factors");
        var indicators = map.References("indicators");
        var secondary = map.References("secondary_indicators");
        var risks = map.References("risks");
        var serves = map.References("serves");
        var implications = BindImplications(map.Node("implications"), diagnostics);
        var actions = map.List("actions", n => BindAction(n, diagnostics));
        var editorNote = map.TranslatableMarkdown("editor_note");
        map.Finish();

        return title is null
            ? null
            : new Objective(file.File.Name, reference, title, description, responsible, outcomes, contributions, perspective, factors, indicators, secondary, risks, implications, actions, map.Location) { Serves = serves, EditorNote = editorNote };
    }

    private static Contribution? BindContribution(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a contribution", diagnostics);
        if (map is null) return null;
        var to = map.RequiredText("to");
        var priorities = map.TranslatableTextList("priorities");
        var answer = map.TranslatableText("answer");
        map.Finish();
        return to is null ? null : new Contribution(to, priorities, answer);
    }

    private static Implications BindImplications(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the implications", diagnostics);
        if (map is null) return Implications.None;
        var implications = new Implications(map.TranslatableMarkdown("financial"), map.TranslatableMarkdown("staffing"), map.TranslatableMarkdown("risk"), map.TranslatableMarkdown("other"));
        map.Finish();
        return implications;
    }

    private static PlanAction? BindAction(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "an action", diagnostics);
        if (map is null) return null;
        var reference = map.Text("reference");
        var area = map.TranslatableText("area");
        var description = map.TranslatableText("description", required: true);
        var timescale = map.TranslatableText("timescale");
        var start = map.Date("start");
        var due = map.Date("due");
        var leads = map.References("lead");
        var accountable = map.Reference("accountable");
        var partners = map.TranslatableTextList("partners");
        var indicators = map.References("indicators");
        var risks = map.References("risks");
        var tags = map.TextList("tags");
        var subActions = map.List("sub_actions", n => BindSubAction(n, diagnostics));
        var progress = map.List("progress", n => BindProgress(n, diagnostics));
        var editorNote = map.TranslatableMarkdown("editor_note");
        map.Finish();
        return description is null
            ? null
            : new PlanAction(reference, area, description, timescale, start, due, leads, accountable, partners, indicators, risks, tags, subActions, progress, map.Location) { EditorNote = editorNote };
    }

    private static SubAction? BindSubAction(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a sub-action", diagnostics);
        if (map is null) return null;
        var reference = map.Text("reference");
        var description = map.TranslatableText("description", required: true);
        var timescale = map.TranslatableText("timescale");
        var start = map.Date("start");
        var due = map.Date("due");
        var leads = map.References("lead");
        map.Finish();
        return description is null ? null : new SubAction(reference, description, timescale, start, due, leads);
    }

    private static ProgressEntry? BindProgress(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a progress entry", diagnostics);
        if (map is null) return null;
        var period = map.RequiredPeriod("period");
        var status = map.Choice("status", Vocabulary.Statuses);
        var percent = map.Figure("percent");
        var commentary = map.TranslatableMarkdown("commentary");
        map.Finish();
        return period is null ? null : new ProgressEntry(period, status, percent, commentary);
    }
}
