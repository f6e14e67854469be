using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen import values --csv FILE</c>: outturns from a spreadsheet into the indicators' files.
/// Every change is printed, then a summary for each file changed; with <c>--dry-run</c> nothing is
/// written. A single bad line stops the whole import, so a file is never left half-updated; an empty
/// value only skips its line (with a warning), unless <c>--refuse-empty</c> is given.
/// </summary>
public static class ImportCommand
{
    private static string Count(int n, string what) => $"{n} {what}{(n == 1 ? string.Empty : "s")}";

    public static int Run(string csvPath, string config, bool dryRun, OutputFormat format, TextWriter stdout, TextWriter stderr, bool refuseEmpty = false)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(config, null, diagnostics);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(csvPath));
        var shown = (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(csvPath) : relative).Replace('\\', '/');
        if (settings is not null && !File.Exists(csvPath))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, SourceLocation.StartOf(shown), shown, "check the name and folder given with --csv");
        }

        var import = settings is null || diagnostics.HasErrors
            ? null
            : ValueImporter.Prepare(settings, ValueCsvReader.Read(csvPath, shown, diagnostics, refuseEmpty), diagnostics);
        if (import is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), format == OutputFormat.Json ? stdout : stderr, format);
            stderr.WriteLine("Nothing was imported: no file has been changed. Correct the lines above and run the import again.");
            return SiteGenCommand.ContentErrors;
        }

        // Warnings (an empty value skipped, a figure that does not fit its unit) do not stop the import.
        var warnings = diagnostics.Sorted();
        DiagnosticPrinter.Print(warnings, format == OutputFormat.Json ? stdout : stderr, format);
        // With --format json the report is the whole of standard output, as for validate and build.
        var lines = format == OutputFormat.Json ? stderr : stdout;

        foreach (var change in import.Changes.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line))
        {
            var what = change.Before is null ? $"{change.After} (new)" : $"{change.Before} → {change.After}";
            lines.WriteLine($"{change.File}:{change.Line}: {change.Reference} {change.Period} {change.Field}: {what}");
        }

        if (!dryRun) ValueImporter.Write(import);
        foreach (var file in import.Changes.GroupBy(c => c.File, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var added = file.Count(c => c.Before is null);
            var replaced = file.Count() - added;
            lines.WriteLine($"{file.Key}: {Count(replaced, "value")} replaced, {added} added{(dryRun ? " (not written)" : string.Empty)}.");
        }

        var files = import.NewTexts.Count;
        var skipped = warnings.Count(d => d.Descriptor == DiagnosticCatalog.ImportEmptyValue);
        var emptyLines = skipped == 0 ? string.Empty : $"; {Count(skipped, "line")} with an empty value skipped";
        lines.WriteLine($"{(dryRun ? "Would change" : "Changed")} {Count(import.Changes.Count, "value")} in {Count(files, "file")}; {import.Unchanged} already up to date{emptyLines}.{(dryRun ? " Nothing was written (--dry-run)." : " Run sitegen validate to check the result.")}");
        return SiteGenCommand.Success;
    }
}
