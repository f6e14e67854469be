using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Import;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen import values --csv FILE</c>: outturns from a spreadsheet into the indicators' files.
/// Every change is printed; with <c>--dry-run</c> nothing is written. A single bad line stops the
/// whole import, so a file is never left half-updated.
/// </summary>
public static class ImportCommand
{
    public static int Run(string csvPath, string config, bool dryRun, OutputFormat format, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(config, null, diagnostics);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(csvPath));
        var shown = (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(csvPath) : relative).Replace('\\', '/');
        if (settings is not null && !File.Exists(csvPath))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, SourceLocation.StartOf(shown), shown);
        }

        var import = settings is null || diagnostics.HasErrors
            ? null
            : ValueImporter.Prepare(settings, ValueCsvReader.Read(csvPath, shown, diagnostics), diagnostics);
        if (import is null || diagnostics.HasErrors)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), format == OutputFormat.Json ? stdout : stderr, format);
            stderr.WriteLine("Nothing was imported: no file has been changed. Correct the lines above and run the import again.");
            return SiteGenCommand.ContentErrors;
        }

        foreach (var change in import.Changes.OrderBy(c => c.File, StringComparer.Ordinal).ThenBy(c => c.Line))
        {
            var what = change.Before is null ? $"{change.After} (new)" : $"{change.Before} → {change.After}";
            stdout.WriteLine($"{change.File}:{change.Line}: {change.Reference} {change.Period} {change.Field}: {what}");
        }

        if (!dryRun) ValueImporter.Write(import);
        var files = import.NewTexts.Count;
        var verb = dryRun ? "Would change" : "Changed";
        stdout.WriteLine($"{verb} {import.Changes.Count} {(import.Changes.Count == 1 ? "value" : "values")} in {files} {(files == 1 ? "file" : "files")}; {import.Unchanged} already up to date.{(dryRun ? " Nothing was written (--dry-run)." : " Run sitegen validate to check the result.")}");
        return SiteGenCommand.Success;
    }
}
