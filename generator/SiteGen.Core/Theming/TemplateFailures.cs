using System.Collections.Concurrent;
using System.Diagnostics;
using SiteGen.Diagnostics;

namespace SiteGen.Theming;

/// <summary>
/// Templates that threw while making pages (a null the template did not expect, a partial that does not
/// exist, a model of the wrong type). Each distinct failure is reported once, at the template's line when
/// the stack shows it, naming the first page it broke and how many others.
/// </summary>
public sealed class TemplateFailures(Theme theme)
{
    private readonly ConcurrentQueue<(string Page, string? Template, Exception Error)> _failures = new();

    public void Add(string page, string? template, Exception error) => _failures.Enqueue((page, template, error));

    public void Report(DiagnosticBag diagnostics)
    {
        var groups = _failures
            .Select(f => (f.Page, At: Locate(f.Error, f.Template), Message: Message(f.Error)))
            .GroupBy(f => (f.At, f.Message))
            .OrderBy(g => g.Key.At.ToString(), StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var pages = group.Select(f => f.Page).Order(StringComparer.Ordinal).ToList();
            var which = pages.Count == 1 ? pages[0] : $"{pages[0]} and {pages.Count - 1} other pages";
            diagnostics.Report(DiagnosticCatalog.TemplateFailed, group.Key.At, which, group.Key.Message);
        }
    }

    private static string Message(Exception error) => error switch
    {
        Templating.TemplateNotFoundException missing => missing.Message,
        Templating.PartialLayoutException partial => partial.Message,
        Templating.LayoutIncompleteException layout => layout.Message,
        InvalidCastException => $"a template was given a model of another type than its @model says ({error.Message})",
        NullReferenceException => "something the template reads is empty (null) on this page; check for it with `is not null` before using it",
        _ => $"{error.GetType().Name}: {error.Message}",
    };

    /// <summary>The template's own line, from the stack trace (templates keep their line numbers); else the template that was running.</summary>
    private SourceLocation Locate(Exception error, string? running)
    {
        // The mistake is in the partial, at its `Layout =`, not in the template that included it.
        if (error is Templating.PartialLayoutException partial && theme.Templates.TryGetValue(partial.Key, out var named)) return WhereLayoutIsSet(named);
        if (error is Templating.LayoutIncompleteException incomplete && theme.Templates.TryGetValue(incomplete.Key, out var layout)) return SourceLocation.StartOf(layout.Path);

        foreach (var frame in new StackTrace(error, fNeedFileInfo: true).GetFrames())
        {
            // Compiled at run time, a template's code names its key; compiled with SiteGen, its .cshtml file.
            var file = frame.GetFileName()?.Replace('\\', '/');
            if (file?.EndsWith(".cshtml", StringComparison.Ordinal) == true) file = file[..^".cshtml".Length];
            if (file is null || frame.GetFileLineNumber() <= 0) continue;
            var template = theme.Templates.Values.FirstOrDefault(t => file == t.Key || file.EndsWith("/" + t.Key, StringComparison.Ordinal));
            if (template is not null) return new SourceLocation(template.Path, frame.GetFileLineNumber(), Math.Max(1, frame.GetFileColumnNumber()));
        }

        return running is not null && theme.Templates.TryGetValue(running, out var source)
            ? SourceLocation.StartOf(source.Path)
            : SourceLocation.StartOf(theme.Chain[0].Shown);
    }

    private static SourceLocation WhereLayoutIsSet(Templating.TemplateSource template)
    {
        var lines = template.Text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var column = lines[i].IndexOf("Layout", StringComparison.Ordinal);
            if (column >= 0) return new SourceLocation(template.Path, i + 1, column + 1);
        }

        return SourceLocation.StartOf(template.Path);
    }
}
