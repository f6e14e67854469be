using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class DefinitionSetBinder
{
    public static DefinitionSet? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "an indicator definition set", diagnostics);
        if (map is null) return null;
        var name = map.TranslatableText("set", required: true);
        var abbreviation = map.Text("abbreviation");
        var publisher = map.Text("publisher");
        var description = map.TranslatableMarkdown("description");
        map.Require("definitions");
        var definitions = map.List("definitions", n =>
        {
            var d = MappingReader.Open(n, "an indicator definition", diagnostics);
            if (d is null) return null;
            var reference = d.RequiredText("reference");
            var title = d.TranslatableText("title", required: true);
            var text = d.TranslatableMarkdown("description");
            var unit = d.Choice("unit", Vocabulary.Units);
            var polarity = d.Choice("polarity", Vocabulary.Polarities);
            var periodKind = d.Choice("period_kind", Vocabulary.PeriodKinds);
            d.Finish();
            return reference is null || title is null ? null : new IndicatorDefinition(reference, title, text, unit, polarity, periodKind, file.File.Name, d.Location);
        });
        map.Finish();
        return name is null ? null : new DefinitionSet(file.File.Name, name, publisher, description, definitions, map.Location) { Abbreviation = abbreviation };
    }
}
