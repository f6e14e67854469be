using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// <c>build --compare-hugo</c>: SiteGen and Hugo building the same pages of the same synthetic corpus, one after
/// the other, <see cref="Pairs"/> times, each a cold process writing to the real disk (as a site's CI does), each
/// run into a folder of its own that no run used before. Hugo's site is made from SiteGen's build
/// (<see cref="HugoSite"/>). Prints each tool's medians — pages/s, HTML bytes/s, user and system CPU, peak
/// memory — and the ratio of SiteGen's median pages/s to Hugo's.
/// </summary>
/// <remarks>
/// Nothing is deleted between runs. On ext4 without a journal (this project's machine), creating a file within a minute
/// or so of deleting many files nearby makes the kernel step over every recently deleted inode to find a free one
/// (ext4's <c>recently_deleted</c>, seen with <c>perf record</c>): when each run started straight after the previous
/// output was deleted, SiteGen's build at N = 10 took 7–9 s of system time instead of 0.5–0.7 s into a fresh folder,
/// and the tool that wrote more files paid more. The runs' folders go when the work folder does.
/// </remarks>
public static partial class HugoComparison
{
    private const int Pairs = 3;

    public static void Run(string cli, string work, int councils)
    {
        if (FindHugo() is not { } hugo)
        {
            Console.WriteLine($"Hugo comparison at N = {councils}: skipped, hugo is not on PATH (Debian: apt-get install hugo).");
            return;
        }

        var config = Path.Combine(work, "site.yml");
        var siteOut = Path.Combine(work, "_site");
        var hugoSource = Path.Combine(work, "_hugo-source");
        var hugoOut = Path.Combine(work, "_hugo");
        var first = ChildProcessRun.Start("dotnet", [cli, "build", "--config", config, "--output", siteOut], work);
        if (first.ExitCode != 0) throw new InvalidOperationException(first.StandardOutput + first.StandardError);
        HugoSite.Write(siteOut, hugoSource);

        var version = ChildProcessRun.Start(hugo, ["version"], work).StandardOutput.Trim();
        var sitegen = new List<Measured>();
        var hugoRuns = new List<Measured>();
        for (var pair = 0; pair < Pairs; pair++)
        {
            var (siteRun, hugoRun) = ($"{siteOut}-run{pair + 1}", $"{hugoOut}-run{pair + 1}");
            sitegen.Add(Measure(siteRun, () => ChildProcessRun.Start("dotnet", [cli, "build", "--config", config, "--output", siteRun], work), r => int.Parse(PagesWritten().Match(r.StandardOutput).Groups[1].Value, CultureInfo.InvariantCulture)));
            hugoRuns.Add(Measure(hugoRun, () => ChildProcessRun.Start(hugo, ["--source", hugoSource, "--destination", hugoRun, "--quiet"], work), _ => Directory.GetFiles(hugoRun, "index.html", SearchOption.AllDirectories).Length));
        }

        Console.WriteLine();
        Console.WriteLine($"SiteGen and Hugo at N = {councils}, {Pairs} alternating pairs of cold processes, output on the real disk, each run into a new folder ({version}):");
        Console.WriteLine();
        Console.WriteLine("| tool | pages | wall (median) | pages/s | HTML MB/s | user CPU | system CPU | peak RSS |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        var s = Row("SiteGen", sitegen);
        var h = Row("Hugo", hugoRuns);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\nMedian pages/s, SiteGen ÷ Hugo: {s / h:0.00} (each pair: {string.Join(", ", sitegen.Zip(hugoRuns, (a, b) => (a.Pages / a.Process.Wall.TotalSeconds / (b.Pages / b.Process.Wall.TotalSeconds)).ToString("0.00", CultureInfo.InvariantCulture)))})."));
    }

    private sealed record Measured(ChildProcessRun Process, int Pages, long HtmlBytes);

    private static Measured Measure(string output, Func<ChildProcessRun> start, Func<ChildProcessRun, int> pages)
    {
        if (Directory.Exists(output)) throw new InvalidOperationException($"{output} exists: each run writes into a new folder.");
        var run = start();
        if (run.ExitCode != 0) throw new InvalidOperationException(run.StandardOutput + run.StandardError);
        var html = new DirectoryInfo(output).EnumerateFiles("*.html", SearchOption.AllDirectories).Sum(f => f.Length);
        return new Measured(run, pages(run), html);
    }

    /// <summary>Prints a tool's medians; returns its median pages/s.</summary>
    private static double Row(string tool, IReadOnlyList<Measured> runs)
    {
        static T Median<T>(IEnumerable<T> values) => values.Order().ElementAt(Pairs / 2);
        var pagesPerSecond = Median(runs.Select(r => r.Pages / r.Process.Wall.TotalSeconds));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {tool} | {runs[0].Pages:N0} | {Median(runs.Select(r => r.Process.Wall.TotalSeconds)):0.00} s | {pagesPerSecond:N0} | {Median(runs.Select(r => r.HtmlBytes / 1048576.0 / r.Process.Wall.TotalSeconds)):0.0} | {Median(runs.Select(r => r.Process.UserCpu.TotalSeconds)):0.00} s | {Median(runs.Select(r => r.Process.SystemCpu.TotalSeconds)):0.00} s | {runs.Max(r => r.Process.PeakBytes) / 1048576.0:N0} MB |"));
        return pagesPerSecond;
    }

    private static string? FindHugo() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator)
            .Select(d => Path.Combine(d, "hugo"))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"Built (\d+) pages")]
    private static partial Regex PagesWritten();
}
