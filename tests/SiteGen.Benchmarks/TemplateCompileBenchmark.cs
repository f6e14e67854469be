using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>
/// What a web team's own template costs a build: the same one-council site built with the default theme as
/// shipped (no template compiled), then with one template overridden beside site.yml — first with an empty
/// template cache (the run-time compile, in a cold process), then again with the cache the first left.
/// Each is a separate cold process of the published CLI, run <see cref="Runs"/> times; the table gives medians.
/// </summary>
public static class TemplateCompileBenchmark
{
    private const int Runs = 3;

    public static void Run(string cli)
    {
        var work = Path.Combine(Path.GetTempPath(), $"sitegen-bench-templates-{Environment.ProcessId}");
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        try
        {
            SyntheticCorpus.Write(work, 1);
            var config = Path.Combine(work, "site.yml");
            var cache = Path.Combine(work, ".sitegen", "cache");
            Console.WriteLine();
            Console.WriteLine("| one council (N = 1), cold process | build wall (median) | build CPU (median) | peak RSS | templates compiled |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            Row("default theme as shipped", Measure(cli, work, config, clearCache: () => { }));

            var footer = Path.Combine(work, "layouts", "partials", "footer.cshtml");
            Directory.CreateDirectory(Path.GetDirectoryName(footer)!);
            File.WriteAllText(footer, "@model PageModel\n<footer class=\"site-footer\"><p>Published by @Model.Site.Title</p></footer>\n");
            Row("one template overridden, empty cache", Measure(cli, work, config, clearCache: () => { if (Directory.Exists(cache)) Directory.Delete(cache, recursive: true); }));
            Row("one template overridden, cached", Measure(cli, work, config, clearCache: () => { }));
        }
        finally
        {
            if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        }
    }

    private static (TimeSpan Wall, TimeSpan Cpu, long Peak, string Compiled) Measure(string cli, string work, string config, Action clearCache)
    {
        var runs = new List<ChildProcessRun>();
        for (var i = 0; i < Runs; i++)
        {
            clearCache();
            var run = ChildProcessRun.Start("dotnet", [cli, "build", "--config", config, "--output", Path.Combine(work, "_site"), "--verbose"], work);
            if (run.ExitCode != 0) throw new InvalidOperationException(run.StandardOutput + run.StandardError);
            runs.Add(run);
        }

        var compiled = System.Text.RegularExpressions.Regex.Match(runs[^1].StandardOutput + runs[^1].StandardError, @"(\d+) compiled now");
        return (
            runs.Select(r => r.Wall).Order().ElementAt(Runs / 2),
            runs.Select(r => r.Cpu).Order().ElementAt(Runs / 2),
            runs.Max(r => r.PeakBytes),
            compiled.Success ? compiled.Groups[1].Value : "?");
    }

    private static void Row(string what, (TimeSpan Wall, TimeSpan Cpu, long Peak, string Compiled) m) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {what} | {m.Wall.TotalSeconds:0.00} s | {m.Cpu.TotalSeconds:0.00} s | {m.Peak / 1048576.0:N0} MB | {m.Compiled} |"));
}
