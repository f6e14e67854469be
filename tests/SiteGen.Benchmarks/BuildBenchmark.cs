using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// <c>build [--sizes 1,10,100,400] [--keep] [--no-cli-build] [--compare-hugo]</c>: for each number of councils, writes the
/// synthetic corpus into a temporary folder, then runs the real Release <c>sitegen</c>, published ReadyToRun,
/// as a separate, cold process — <c>validate</c>, then <c>build</c>, then <c>serve</c> with one indicator
/// file edited (<see cref="ServeEdit"/>) — and prints one Markdown table row per size.
/// </summary>
public static partial class BuildBenchmark
{
    public static int Run(string[] args)
    {
        var sizes = ReadSizes(args);
        var keep = args.Contains("--keep");
        var compareHugo = args.Contains("--compare-hugo");
        var root = RepositoryRoot();
        var cli = Path.Combine(root, "generator", "SiteGen", "bin", "Release", "benchmark", "sitegen.dll");
        if (!args.Contains("--no-cli-build") && BuildCli(root, Path.GetDirectoryName(cli)!) != 0) return 2;
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: run the benchmark once without --no-cli-build.");
            return 2;
        }

        Console.WriteLine(MachineDescription.Describe());
        Console.WriteLine();
        Console.WriteLine(BuildRow.Header);
        var failed = false;
        var done = new List<string>();
        try
        {
            foreach (var councils in sizes)
            {
                var work = Path.Combine(Path.GetTempPath(), $"sitegen-bench-{councils}-{Environment.ProcessId}");
                if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
                done.Add(work);
                var row = Measure(cli, work, councils);
                Console.WriteLine(row.ToMarkdown());
                failed |= row.Failure is not null;
                if (row.Failure is not null) Console.Error.WriteLine(row.Failure);
                if (compareHugo && row.Failure is null) HugoComparison.Run(cli, work, councils);
            }

            TemplateCompileBenchmark.Run(cli);
        }
        finally
        {
            // Deleted only at the end: on ext4 without a journal, files created soon after many were deleted nearby cost
            // the kernel far more (HugoComparison says why), so one size's folders would slow the next size's runs.
            foreach (var work in done.Where(w => !keep && Directory.Exists(w))) Directory.Delete(work, recursive: true);
        }

        return failed ? 1 : 0;
    }

    private static BuildRow Measure(string cli, string work, int councils)
    {
        var corpusClock = Stopwatch.StartNew();
        var summary = SyntheticCorpus.Write(work, councils);
        corpusClock.Stop();
        var config = Path.Combine(work, "site.yml");
        var output = Path.Combine(work, "_site");

        var load = MachineDescription.LoadAverage();
        var validate = ChildProcessRun.Start("dotnet", [cli, "validate", "--config", config], work);
        var build = ChildProcessRun.Start("dotnet", [cli, "build", "--config", config, "--output", output], work);
        var pages = PagesWritten().Match(build.StandardOutput) is { Success: true } m ? int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var files = Directory.Exists(output) ? new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories).ToList() : [];
        string? failure = null;
        if (validate.ExitCode != 0) failure = $"validate exited {validate.ExitCode} at N={councils}:\n{validate.StandardOutput}{validate.StandardError}";
        if (build.ExitCode != 0) failure += $"build exited {build.ExitCode} at N={councils}:\n{build.StandardOutput}{build.StandardError}";
        var serve = ServeEdit.Measure(cli, work, councils);
        return new BuildRow(
            councils, summary.Files, corpusClock.Elapsed, pages, files.Count, files.Sum(f => f.Length),
            build.Wall, build.Cpu, build.PeakBytes, validate.Wall, validate.Cpu, validate.PeakBytes, build.PeakSource, serve.Describe(), load, failure);
    }

    /// <summary>
    /// Publishes the CLI self-contained with one composite ReadyToRun image of SiteGen and the .NET libraries
    /// (compiled ahead of time for this machine's platform), the fastest form to install it in (README, "Installing").
    /// Measured 2 December against the framework-dependent ReadyToRun CLI, alternating: N = 1 0.88–0.94 → 0.54–0.67 s,
    /// N = 10 2.16–2.20 → 1.78–1.86 s, N = 100 14.0–15.0 → 12.2–12.4 s. A composite image can precompile the
    /// libraries' generic code over SiteGen's own types, which a framework-dependent one must compile at run time.
    /// </summary>
    private static int BuildCli(string root, string folder)
    {
        Console.Error.WriteLine("Publishing the sitegen CLI in Release, self-contained, composite ReadyToRun …");
        var run = ChildProcessRun.Start("dotnet",
            ["publish", Path.Combine(root, "generator", "SiteGen"), "-c", "Release", "-r", System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
             "--self-contained", "true", "-p:PublishReadyToRun=true", "-p:PublishReadyToRunComposite=true", "-o", folder, "--nologo", "-v", "q"], root);
        if (run.ExitCode != 0) Console.Error.WriteLine(run.StandardOutput + run.StandardError);
        return run.ExitCode;
    }

    private static int[] ReadSizes(string[] args)
    {
        var at = Array.IndexOf(args, "--sizes");
        var text = at >= 0 && at + 1 < args.Length ? args[at + 1] : "1,10,100,400";
        return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
    }

    private static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("SiteGen.sln not found above the current folder.");
    }

    [GeneratedRegex(@"Built (\d+) pages")]
    private static partial Regex PagesWritten();
}
