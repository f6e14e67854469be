using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class FrameworkBinder
{
    public static OutcomeFramework? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "an outcome framework", diagnostics);
        if (map is null) return null;
        var name = map.TranslatableText("name", required: true);
        var description = map.TranslatableMarkdown("description");
        map.Require("outcomes");
        var outcomes = map.List("outcomes", n =>
        {
            var o = MappingReader.Open(n, "an outcome", diagnostics);
            if (o is null) return null;
            var id = o.RequiredText("id");
            var outcomeName = o.TranslatableText("name", required: true);
            var outcomeDescription = o.TranslatableMarkdown("description");
            o.Finish();
            return id is null || outcomeName is null ? null : new Outcome(id, outcomeName, outcomeDescription, o.Location);
        });
        map.Finish();
        Uniqueness.Check(outcomes, o => o.Id, o => o.Location, "the outcome", diagnostics);
        return name is null ? null : new OutcomeFramework(file.File.Name, name, description, outcomes, map.Location);
    }
}
