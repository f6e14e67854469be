using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// <c>build [--sizes 1,10,100] [--keep] [--no-cli-build]</c>: for each number of councils, writes the
/// synthetic corpus into a temporary folder, then runs the real Release <c>sitegen</c> as a separate,
/// cold process — <c>validate</c>, then <c>build</c> — and prints one Markdown table row per size.
/// </summary>
public static partial class BuildBenchmark
{
    /// <summary>The column for <c>sitegen serve</c> (edit an indicator file, time until its page is rewritten).</summary>
    // TODO(issue 9, serve): when `sitegen serve` lands on this branch, start it on the corpus, wait for
    // the first build, rewrite one indicator file and time until its indicator page's mtime changes.
    private const string ServeNotAvailable = "n/a (sitegen serve not yet on this branch)";

    public static int Run(string[] args)
    {
        var sizes = ReadSizes(args);
        var keep = args.Contains("--keep");
        var root = RepositoryRoot();
        var cli = Path.Combine(root, "generator", "SiteGen", "bin", "Release", "net10.0", "sitegen.dll");
        if (!args.Contains("--no-cli-build") && BuildCli(root) != 0) return 2;
        if (!File.Exists(cli))
        {
            Console.Error.WriteLine($"{cli} not found: run `dotnet build -c Release generator/SiteGen` first.");
            return 2;
        }

        Console.WriteLine(MachineDescription.Describe());
        Console.WriteLine();
        Console.WriteLine(BuildRow.Header);
        var failed = false;
        foreach (var councils in sizes)
        {
            var work = Path.Combine(Path.GetTempPath(), $"sitegen-bench-{councils}-{Environment.ProcessId}");
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
            try
            {
                var row = Measure(cli, work, councils);
                Console.WriteLine(row.ToMarkdown());
                failed |= row.Failure is not null;
                if (row.Failure is not null) Console.Error.WriteLine(row.Failure);
            }
            finally
            {
                if (!keep && Directory.Exists(work)) Directory.Delete(work, recursive: true);
            }
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
        return new BuildRow(
            councils, summary.Files, corpusClock.Elapsed, pages, files.Count, files.Sum(f => f.Length),
            build.Wall, build.Cpu, build.PeakBytes, validate.Wall, validate.Cpu, validate.PeakBytes, build.PeakSource, ServeNotAvailable, load, failure);
    }

    private static int BuildCli(string root)
    {
        Console.Error.WriteLine("Building the sitegen CLI in Release …");
        var run = ChildProcessRun.Start("dotnet", ["build", "-c", "Release", "--nologo", "-v", "q", Path.Combine(root, "generator", "SiteGen")], root);
        if (run.ExitCode != 0) Console.Error.WriteLine(run.StandardOutput + run.StandardError);
        return run.ExitCode;
    }

    private static int[] ReadSizes(string[] args)
    {
        var at = Array.IndexOf(args, "--sizes");
        var text = at >= 0 && at + 1 < args.Length ? args[at + 1] : "1,10,100";
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
