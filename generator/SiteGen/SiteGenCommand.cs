using System.CommandLine;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen build</c>, <c>validate</c>, <c>new</c> and <c>serve</c>. Exit codes: 0 success (warnings allowed),
/// 1 the content has errors, 2 SiteGen itself failed (a bug to report).
/// </summary>
public static class SiteGenCommand
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int InternalError = 2;

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var config = new Option<string>("--config", "-c")
        {
            Description = "The site settings file.",
            DefaultValueFactory = _ => "site.yml",
        };
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Where to write the site (default: the 'output' of site.yml, or _site).",
        };
        var format = new Option<OutputFormat>("--format")
        {
            Description = "How to print problems: text (default), github (workflow commands for pull requests) or json.",
            DefaultValueFactory = _ => OutputFormat.Text,
            Recursive = true,
        };
        var verbose = new Option<bool>("--verbose")
        {
            Description = "Show the full detail of an internal error.",
            Recursive = true,
        };

        var build = new Command("build", "Check the content and build the site.") { config, output };
        build.SetAction((result, _) => Guard(stderr, result.GetValue(verbose), () => BuildAsync(result.GetValue(config)!, result.GetValue(output), result.GetValue(format), result.GetValue(verbose), stdout, stderr)));

        var validate = new Command("validate", "Check the content and report every problem, without building.") { config };
        validate.SetAction((result, _) => Guard(stderr, result.GetValue(verbose), () => Task.FromResult(Validate(result.GetValue(config)!, result.GetValue(format), stdout, stderr))));

        var kind = new Argument<string>("kind") { Description = "plan, objective, indicator or risk" };
        var target = new Argument<string>("target") { Description = "for a plan: organisation/plan-folder; otherwise the plan it belongs to, e.g. herefordshire/directorate-plan-2009-2011" };
        var name = new Argument<string?>("name") { Description = "the objective's file name, or the indicator's or risk's reference", Arity = ArgumentArity.ZeroOrOne };
        var create = new Command("new", "Start a new plan, objective, indicator or risk with a commented file in the right place.") { kind, target, name, config };
        create.SetAction((result, _) => Guard(stderr, result.GetValue(verbose), () => Task.FromResult(Scaffold.Run(result.GetValue(kind)!, result.GetValue(target)!, result.GetValue(name), result.GetValue(config)!, stdout, stderr))));

        var csv = new Option<string>("--csv") { Description = "The spreadsheet, saved as CSV, with columns reference, period and value (and optionally plan and field).", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would change without changing any file." };
        var refuseEmpty = new Option<bool>("--refuse-empty") { Description = "Stop the import at a line whose value is empty, instead of skipping the line with a warning." };
        var values = new Command("values", "Update indicators' outturns, estimates or targets from a CSV file.") { csv, config, dryRun, refuseEmpty };
        values.SetAction((result, _) => Guard(stderr, result.GetValue(verbose), () => Task.FromResult(ImportCommand.Run(result.GetValue(csv)!, result.GetValue(config)!, result.GetValue(dryRun), result.GetValue(format), stdout, stderr, result.GetValue(refuseEmpty)))));
        var import = new Command("import", "Bring figures in from a spreadsheet.") { values };

        var serve = ServeCommand.Create(config, verbose, stdout, stderr);

        var schemaOutput = new Option<string?>("--output", "-o") { Description = "Where to write the schemas (default: schemas/ beside site.yml)." };
        var schema = new Command("schema", "Write a JSON Schema for each kind of YAML file, for completion and checking in editors.") { schemaOutput, config };
        schema.SetAction((result, _) => Guard(stderr, result.GetValue(verbose), () => Task.FromResult(SchemaCommand.Run(result.GetValue(config)!, result.GetValue(schemaOutput), stdout))));

        var themeName = new Argument<string>("name") { Description = "the new theme's name, e.g. carmarthenshire" };
        var themeNew = new Command("new", "Start a theme of the site's own in themes/NAME/: it extends the default theme and overrides its header and stylesheet.") { themeName, config };
        themeNew.SetAction((result, _) => Guard(stderr, result.GetValue(verbose), () => Task.FromResult(ThemeScaffold.Run(result.GetValue(themeName)!, result.GetValue(config)!, stdout, stderr))));
        var theme = new Command("theme", "Work on the site's look: its own theme.") { themeNew };

        var root = new RootCommand("SiteGen: publishes local-authority performance plans as a static website.") { build, validate, create, import, serve, schema, theme, verbose, format };
        var configuration = new InvocationConfiguration { Output = stdout, Error = stderr };
        return await root.Parse(args).InvokeAsync(configuration);
    }

    private static async Task<int> BuildAsync(string config, string? output, OutputFormat format, bool verbose, TextWriter stdout, TextWriter stderr)
    {
        var result = await TerminalProgress.RunAsync(stderr, progress => SiteBuilder.BuildAsync(config, output, progress));
        DiagnosticPrinter.Print(result.Diagnostics, format == OutputFormat.Json ? stdout : stderr, format);
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build stopped: {Summary(result.Diagnostics)}. Nothing was written; the output folder is unchanged.");
            return ContentErrors;
        }

        // With --format json the report is the whole of standard output, as for validate, so tools can parse it as it is.
        var told = format == OutputFormat.Json ? stderr : stdout;
        told.WriteLine($"Built {result.PagesWritten} pages into {Shown(result.OutputFolder!)}/ ({Summary(result.Diagnostics)}).");

        // A web team's own templates are compiled once, then cached: say so when it happens, as it costs seconds.
        var templates = result.Templates;
        if (verbose || templates.Compiled + templates.Cached > 0)
        {
            told.WriteLine($"Templates: {templates.Precompiled} compiled with SiteGen, {templates.Cached} from the cache, {templates.Compiled} compiled now.");
        }

        // What the build cost in memory and in compiling SiteGen's own code, for whoever tunes it: garbage collection
        // stops every thread while it runs, and what ReadyToRun could not compile ahead is compiled on first use.
        if (verbose)
        {
            told.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"Memory: {GC.GetTotalAllocatedBytes() / 1048576.0:N0} MB allocated; {GC.CollectionCount(0)} collections ({GC.CollectionCount(1)} of generation 1, {GC.CollectionCount(2)} full) stopped the build for {GC.GetTotalPauseDuration().TotalMilliseconds:N0} ms; {System.Runtime.JitInfo.GetCompiledMethodCount()} methods compiled while running, in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:N0} ms."));
        }

        return Success;
    }

    private static int Validate(string config, OutputFormat format, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = SiteChecker.Check(config, diagnostics);
        var sorted = diagnostics.Sorted();
        var translations = loaded is null ? [] : Derivation.TranslationCoverage.Of(loaded.Facts.Site, loaded.Settings.Languages);
        if (format == OutputFormat.Json)
        {
            // The JSON document is the whole of standard output, so tools can parse it as it is.
            DiagnosticPrinter.Print(sorted, stdout, format, translations);
            return diagnostics.HasErrors ? ContentErrors : Success;
        }

        DiagnosticPrinter.Print(sorted, format == OutputFormat.GitHub ? stdout : stderr, format);
        var files = loaded?.Files.Count ?? 0;
        (diagnostics.HasErrors ? stderr : stdout).WriteLine($"Checked {files} files: {Summary(sorted)}.");
        foreach (var plan in translations)
        {
            // Information, not a problem: the Welsh pages show what is not yet translated in English, marked as such.
            stdout.WriteLine($"Translation of {plan.Plan.Id} into {plan.Language}: {plan.Translated} of {plan.Total} texts translated, {plan.Missing.Count} shown in the default language (`--format json` lists them).");
        }
        return diagnostics.HasErrors ? ContentErrors : Success;
    }

    /// <summary>A path as the commands print it: relative to the current folder, with forward slashes.</summary>
    internal static string Shown(string fullPath) => Path.GetRelativePath(Environment.CurrentDirectory, fullPath).Replace('\\', '/');

    private static string Summary(IReadOnlyList<Diagnostic> diagnostics)
    {
        var errors = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var warnings = diagnostics.Count - errors;
        return $"{errors} {(errors == 1 ? "error" : "errors")}, {warnings} {(warnings == 1 ? "warning" : "warnings")}";
    }

    /// <summary>No stack trace reaches an officer: one line saying it is SiteGen's fault, the detail only with --verbose.</summary>
    internal static async Task<int> Guard(TextWriter stderr, bool verbose, Func<Task<int>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            stderr.WriteLine($"SiteGen failed unexpectedly ({e.GetType().Name}: {e.Message}). This is a fault in SiteGen, not in your content: please report it{(verbose ? "." : ", running again with --verbose for the details.")}");
            if (verbose) stderr.WriteLine(e);
            return InternalError;
        }
    }
}
