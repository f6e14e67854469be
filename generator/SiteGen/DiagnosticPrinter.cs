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

/// <summary>
/// Prints diagnostics in the format asked for. Every code is explained in the officers' guide under an anchor
/// of its own, and each message links there: the JSON report gives each diagnostic its <c>help</c> link, a
/// pull-request annotation ends with it, and the text format lists the links of the codes shown once, at the end.
/// </summary>
public static class DiagnosticPrinter
{
    /// <summary>The officers' guide, relative to the folder of site.yml, where every code has a row with its anchor.</summary>
    public const string Guide = "content/README.md";

    /// <summary>
    /// Where a code is explained: on GitHub Actions, the guide at the commit being checked, so the link opens
    /// from the pull request; elsewhere the guide's path, which terminals and editors open.
    /// </summary>
    public static string HelpLink(DiagnosticDescriptor descriptor, Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        var server = environment("GITHUB_SERVER_URL");
        var repository = environment("GITHUB_REPOSITORY");
        var commit = environment("GITHUB_SHA");
        var guide = string.IsNullOrEmpty(server) || string.IsNullOrEmpty(repository) || string.IsNullOrEmpty(commit)
            ? Guide
            : $"{server.TrimEnd('/')}/{repository}/blob/{commit}/{Guide}";
        return $"{guide}#{descriptor.HelpAnchor}";
    }

    /// <param name="translations">For validate: how much of each plan published in another language is translated, listed in the JSON report.</param>
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer, OutputFormat format = OutputFormat.Text, IReadOnlyList<Derivation.TranslationCoverage.PlanCoverage>? translations = null)
    {
        switch (format)
        {
            case OutputFormat.GitHub:
                foreach (var d in diagnostics) writer.WriteLine(GitHubCommand(d, HelpLink(d.Descriptor)));
                break;
            case OutputFormat.Json:
                writer.WriteLine(Json(diagnostics, translations));
                break;
            default:
                Text(diagnostics, writer);
                break;
        }
    }

    /// <summary><c>::error file=…,line=…,col=…,title=SG0103::message</c>, escaped as the workflow-command syntax requires.</summary>
    public static string GitHubCommand(Diagnostic d, string? help = null)
    {
        var kind = d.Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var message = d.Suggestion is null ? d.Message : $"{d.Message} ({d.Suggestion})";
        if (help is not null) message += $"\nWhat {d.Code} means and what to do: {help}";
        return $"::{kind} file={Property(d.Location.File)},line={d.Location.Line},col={d.Location.Column},title={Property(d.Code + " " + d.Descriptor.Title)}::{Data(message)}";
    }

    /// <summary>Version 1 of the JSON report; fields are only ever added.</summary>
    public static string Json(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Derivation.TranslationCoverage.PlanCoverage>? translations = null)
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
                help = HelpLink(d.Descriptor),
            }),

            // Information, not problems: each plan in each language other than the default, and the texts it lacks in it.
            translations = translations?.Select(t => new
            {
                plan = t.Plan.Id,
                language = t.Language,
                translated = t.Translated,
                total = t.Total,
                untranslated = t.Missing.Select(m => new { field = m.Field, file = m.Location.File, line = m.Location.Line, column = m.Location.Column }),
            }),
        };
        return JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static void Text(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
    {
        Lines(diagnostics, writer);
        if (diagnostics.Count == 0) return;
        var codes = diagnostics.Select(d => d.Descriptor).DistinctBy(d => d.Code).OrderBy(d => d.Code, StringComparer.Ordinal);
        writer.WriteLine($"What each code means and what to do: {string.Join(", ", codes.Select(c => HelpLink(c)))}");
    }

    private static void Lines(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
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
