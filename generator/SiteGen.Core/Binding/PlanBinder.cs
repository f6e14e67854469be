using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>Binds plan.yml: the plan's own facts, and the scales the rest of its files are read against.</summary>
public static class PlanBinder
{
    public static Plan? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "a plan", diagnostics);
        if (map is null) return null;
        var title = map.TranslatableText("title", required: true);
        var subtitle = map.TranslatableText("subtitle");
        var organisation = map.Reference("organisation");
        map.Require("organisation");
        var kind = map.TranslatableText("kind", required: true);
        var period = ReadPeriodRange(map);
        var status = map.Choice("status", Vocabulary.PlanStatuses);
        map.Require("status");
        var approval = BindApproval(map.Node("approval"), diagnostics);
        var published = map.Date("published");
        var responsible = map.Reference("responsible_officer");
        var foreword = BindForeword(map.Node("foreword"), diagnostics);
        var leadership = map.References("leadership_team");
        var vision = map.TranslatableMarkdown("vision");
        var mission = map.TranslatableMarkdown("mission");
        var summary = map.TranslatableMarkdown("summary");
        var values = map.TranslatableTextList("values");
        var aims = map.TranslatableTextList("aims");
        var frameworks = map.References("frameworks");
        var parents = map.References("parents");
        var related = map.List("related_plans", n => BindRelated(n, diagnostics));
        var objectiveLabel = map.TranslatableText("objective_label") ?? "Objective";
        var glossary = map.List("glossary", n => BindGlossaryEntry(n, diagnostics));
        var notes = map.TranslatableTextList("notes", isMarkdown: true);
        MarkdownDepth.Check(map.Node("notes"), diagnostics); // each note is shown as Markdown
        var officers = map.List("officers", n => OrganisationBinder.BindOfficer(n, diagnostics));
        var tagLists = map.List("tag_lists", n => BindTagList(n, diagnostics));
        var targetsFrom = map.Period("targets_from");
        var targetsTo = map.Period("targets_to");
        var riskScale = RiskScaleBinder.Bind(map.Node("risk_scale"), diagnostics);
        var bandingScales = map.List("banding_scales", n => RiskScaleBinder.BindBandingScale(n, diagnostics));
        var editorNote = map.TranslatableMarkdown("editor_note");
        map.Finish();

        Uniqueness.Check(glossary, g => g.Term, _ => map.LocationOf("glossary"), "the glossary term", diagnostics);
        Uniqueness.Check(officers, o => o.Id, o => o.Location, "the officer", diagnostics);
        if (title is null || organisation is null || kind is null || period is null || status is null) return null;
        return new Plan(
            file.File.PlanId!,
            title,
            subtitle,
            organisation,
            kind,
            period,
            status.Value,
            approval,
            published,
            responsible,
            foreword,
            leadership,
            vision,
            mission,
            summary,
            values,
            aims,
            frameworks,
            parents,
            related,
            objectiveLabel,
            glossary,
            notes,
            riskScale,
            bandingScales,
            map.Location)
        {
            Officers = officers,
            TagLists = tagLists,
            TargetsFrom = targetsFrom,
            TargetsTo = targetsTo,
            EditorNote = editorNote,
        };
    }

    private static TagList? BindTagList(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a tag list", diagnostics);
        if (map is null) return null;
        var id = map.RequiredText("id");
        var name = map.RequiredText("name");
        var tags = map.List("tags", n =>
        {
            var t = MappingReader.Open(n, "a tag", diagnostics);
            if (t is null) return null;
            var code = t.RequiredText("code");
            var meaning = t.RequiredText("meaning");
            t.Finish();
            return code is null || meaning is null ? null : new TagDefinition(code, meaning);
        });
        map.Require("tags");
        map.Finish();
        return id is null || name is null ? null : new TagList(id, name, tags);
    }

    private static PeriodRange? ReadPeriodRange(MappingReader map)
    {
        map.DeclareRequired("period");
        var s = map.Scalar("period");
        if (s is null)
        {
            if (!map.Has("period")) map.ReportMissing("period");
            return null;
        }

        var range = PeriodReader.TryReadRange(s.Value);
        if (range is null) map.Diagnostics.Report(DiagnosticCatalog.PeriodUnreadable, s.Location, s.Value + "' (a plan's period is written as '2009/10 to 2010/11");
        return range;
    }

    private static Approval? BindApproval(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the approval", diagnostics);
        if (map is null) return null;
        var approval = new Approval(map.TranslatableText("by"), map.Date("date"));
        map.Finish();
        return approval;
    }

    private static Foreword? BindForeword(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "the foreword", diagnostics);
        if (map is null) return null;
        var text = map.TranslatableMarkdown("text");
        var signedBy = map.Reference("signed_by");
        map.DeclareRequired("text");
        if (text is null) map.ReportMissing("text");
        map.Finish();
        return text is null ? null : new Foreword(text, signedBy);
    }

    private static RelatedPlan? BindRelated(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a related plan", diagnostics);
        if (map is null) return null;
        var title = map.TranslatableText("title", required: true);
        var relationship = map.Choice("relationship", Vocabulary.Relationships) ?? PlanRelationship.Related;
        var note = map.TranslatableText("note");
        map.Finish();
        return title is null ? null : new RelatedPlan(title, relationship, note);
    }

    private static GlossaryEntry? BindGlossaryEntry(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a glossary entry", diagnostics);
        if (map is null) return null;
        var term = map.RequiredText("term");
        var meaning = map.RequiredText("meaning");
        map.Finish();
        return term is null || meaning is null ? null : new GlossaryEntry(term, meaning);
    }
}
