using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

/// <summary>Binds the register, reading each score against the plan's own declared scale.</summary>
public static class RiskBinder
{
    public static RiskRegister? Bind(ParsedFile file, PlanContext context, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "a risk register", diagnostics);
        if (map is null) return null;
        var title = map.TranslatableText("title");
        map.Require("risks");
        var risks = map.List("risks", n => BindRisk(n, context.Plan.RiskScale, diagnostics));
        map.Finish();
        return new RiskRegister(title, risks, map.Location);
    }

    private static Risk? BindRisk(YNode node, RiskScale? scale, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a risk", diagnostics);
        if (map is null) return null;
        var reference = map.RequiredText("reference");
        var description = map.TranslatableText("description", required: true);
        var owner = map.Reference("owner");
        var inherent = BindAssessment(map.Node("inherent"), scale, diagnostics);
        var residual = BindAssessment(map.Node("residual"), scale, diagnostics);
        var prioritySource = map.Scalar("priority");
        var controls = map.TranslatableTextList("controls");
        var mitigation = map.TranslatableMarkdown("mitigation");
        var review = BindReview(map.Node("review"), diagnostics);
        var objectives = map.References("objectives");
        var actions = map.References("actions");
        var notes = map.TranslatableMarkdown("notes");
        map.Finish();

        string? priority = null;
        if (prioritySource is not null)
        {
            if (scale?.Priority is null)
            {
                diagnostics.Report(DiagnosticCatalog.MissingScale, prioritySource.Location);
            }
            else
            {
                priority = RiskScaleBinder.Level(scale.Priority, prioritySource, scale.Priority.Label.ToLowerInvariant(), diagnostics)?.Value;
            }
        }

        return reference is null || description is null
            ? null
            : new Risk(reference, description, owner, inherent, residual, priority, controls, mitigation, review, objectives, actions, notes, map.Location);
    }

    private static RiskAssessment? BindAssessment(YNode? node, RiskScale? scale, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a risk assessment", diagnostics);
        if (map is null) return null;
        var likelihood = map.Scalar("likelihood");
        var impact = map.Scalar("impact");
        var rating = map.Text("rating");
        map.Finish();
        if ((likelihood is not null || impact is not null) && scale?.Likelihood is null)
        {
            diagnostics.Report(DiagnosticCatalog.MissingScale, map.Location);
            return new RiskAssessment(null, null, rating, map.Location);
        }

        return new RiskAssessment(
            RiskScaleBinder.Level(scale?.Likelihood, likelihood, "likelihood", diagnostics),
            RiskScaleBinder.Level(scale?.Impact, impact, "impact", diagnostics),
            rating,
            map.Location);
    }

    private static RiskReview? BindReview(YNode? node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a risk review", diagnostics);
        if (map is null) return null;
        var review = new RiskReview(map.TranslatableText("method"), map.TranslatableText("frequency"), map.TextList("dates"));
        map.Finish();
        return review;
    }
}
