using System.Text.Json;
using SiteGen.Diagnostics;

namespace SiteGen.Cli;

public enum OutputFormat
{
    /// <summary>Compiler style, <c>file:line:col: error SG0103: …</c>; colour on a terminal only.</summary>
    Text,

    /// <summary>GitHub Actions workflow commands, so each problem shows on its line of a pull request.</summary>
    GitHub,

    /// <summary>A stable, versioned JSON document for other tools.</summary>
    Json,
}

public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, OutputFormat format = OutputFormat.Text)
    {
        switch (format)
        {
            case OutputFormat.GitHub:
                foreach (var d in diagnostics) writer.WriteLine(GitHubCommand(d));
                break;
            case OutputFormat.Json:
                writer.WriteLine(Json(diagnostics));
                break;
            default:
                Text(diagnostics, writer);
                break;
        }
    }

    /// <summary><c>::error file=…,line=…,col=…,title=SG0103::message</c>, escaped as the workflow-command syntax requires.</summary>
    public static string GitHubCommand(Diagnostic d)
    {
        var kind = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var message = d.Suggestion is null ? d.Message : $"{d.Message} ({d.Suggestion})";
        return $"::{kind} file={Property(d.Location.File)},line={d.Location.Line},col={d.Location.Column},title={Property(d.Code + " " + d.Descriptor.Title)}::{Data(message)}";
    }

    /// <summary>Version 1 of the JSON report; fields are only ever added.</summary>
    public static string Json(IReadOnlyList<Diagnostic> diagnostics)
    {
        var report = new
        {
            version = 1,
            errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error),
            warnings = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning),
            diagnostics = diagnostics.Select(d => new
            {
                code = d.Code,
                severity = d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
                title = d.Descriptor.Title,
                file = d.Location.File,
                line = d.Location.Line,
                column = d.Location.Column,
                message = d.Message,
                suggestion = d.Suggestion,
            }),
        };
        return JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Text(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        var colour = ReferenceEquals(writer, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null;
        foreach (var d in diagnostics)
        {
            if (!colour)
            {
                writer.WriteLine(d.ToString());
                continue;
            }

            var severity = d.Severity == DiagnosticSeverity.Error ? "\u001b[31merror\u001b[0m" : "\u001b[33mwarning\u001b[0m";
            var suggestion = d.Suggestion is null ? string.Empty : $" \u001b[36m({d.Suggestion})\u001b[0m";
            writer.WriteLine($"\u001b[1m{d.Location}\u001b[0m: {severity} {d.Code}: {d.Message}{suggestion}");
        }
    }

    private static string Data(string s) => s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
