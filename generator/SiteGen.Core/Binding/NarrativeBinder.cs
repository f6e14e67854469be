using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class NarrativeBinder
{
    public static NarrativeSection? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        if (file.MarkdownBody is null) return null;
        var map = MappingReader.Open(file.Root, "a Markdown header", diagnostics);
        if (map is null)
        {
            diagnostics.Report(DiagnosticCatalog.MissingKey, SourceLocation.StartOf(file.File.Path), "title", "The Markdown header");
            return null;
        }

        var title = map.RequiredText("title");
        var editorNote = map.Markdown("editor_note");
        map.Finish();
        MarkdownDepth.Check(file.MarkdownBody, new SourceLocation(file.File.Path, file.MarkdownBodyLine, 1), diagnostics, lineByLine: true);
        return title is null ? null : new NarrativeSection(file.File.Name, title, file.MarkdownBody, map.Location) { EditorNote = editorNote };
    }
}
