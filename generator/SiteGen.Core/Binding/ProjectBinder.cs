using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class ProjectBinder
{
    public static IReadOnlyList<Project> Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "a projects file", diagnostics);
        if (map is null) return [];
        map.Require("projects");
        var projects = map.List("projects", n =>
        {
            var p = MappingReader.Open(n, "a project", diagnostics);
            if (p is null) return null;
            var name = p.TranslatableText("name", required: true);
            var project = new Project(name ?? string.Empty, p.TranslatableMarkdown("summary"), p.Reference("accountable"), p.Reference("lead"), p.TranslatableText("timescale"), p.TranslatableText("budget"));
            p.Finish();
            return name is null ? null : project;
        });
        map.Finish();
        return projects;
    }
}
