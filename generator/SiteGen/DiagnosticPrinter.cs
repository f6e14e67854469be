using SiteGen.Diagnostics;

namespace SiteGen.Cli;

/// <summary>Prints diagnostics the way compilers do, so terminals and editors link them to the line; colour only on a terminal.</summary>
public static class DiagnosticPrinter
{
    public static void Print(IReadOnlyList<Diagnostic> diagnostics, TextWriter writer)
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
}
