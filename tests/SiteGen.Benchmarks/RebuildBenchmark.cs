using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using SiteGen.Pipeline;

namespace SiteGen.Benchmarks;

/// <summary>
/// <c>rebuild [--councils 100] [--corpus FOLDER] [--edits 5] [--organisation]</c>: what <c>sitegen serve</c> does after a save, in
/// process and without the watcher's debounce (its report of the saved path is given to the build as serve gives it): one full build held in memory, then the same figure in one plan's
/// indicator file changed again and again, each followed by an incremental build. Prints, per edit, the time until
/// the pages are ready (what an officer waits for) and until the files beside them are, with the process's CPU time.
/// With <c>--organisation</c> the edit is to a council's name instead, outside plan folders, which reaches every page.
/// </summary>
public static partial class RebuildBenchmark
{
    public static async Task<int> Run(string[] args)
    {
        var councils = Option(args, "--councils") is { } n ? int.Parse(n, CultureInfo.InvariantCulture) : 100;
        var edits = Option(args, "--edits") is { } e ? int.Parse(e, CultureInfo.InvariantCulture) : 5;
        var corpus = Option(args, "--corpus");
        var root = corpus ?? Path.Combine(Path.GetTempPath(), $"sitegen-rebuild-{councils}-{Environment.ProcessId}");
        try
        {
            if (corpus is null) SyntheticCorpus.Write(root, councils);
            var settings = Path.Combine(root, "site.yml");
            var state = new IncrementalBuild();
            // As serve does: its watcher runs from before the first build and reports each save's path.
            state.StartWatching();
            var clock = Stopwatch.StartNew();
            var first = await SiteBuilder.BuildInMemoryAsync(settings, state, pagesFirst: true);
            await first.Beside!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"First build: {first.Result.PagesWritten:N0} pages in {clock.Elapsed.TotalSeconds:F2} s."));

            var plan = $"council-{(councils + 1) / 2:D3}/plan-2";
            var organisation = args.Contains("--organisation");
            var file = organisation
                ? Path.Combine(root, "content", "organisations", plan.Split('/')[0] + ".yml")
                : Path.Combine(root, "content", "plans", plan.Replace('/', Path.DirectorySeparatorChar), "indicators", "all.yml");
            // A build with nothing changed: what every edit pays before any page it reaches is built.
            clock.Restart();
            await (await SiteBuilder.BuildInMemoryAsync(settings, state, pagesFirst: true)).Beside!;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Nothing changed: {clock.Elapsed.TotalMilliseconds:N0} ms, {state.Pages.LastBuild.Rendered} rendered."));
            if (state.LastLaps is { } unchanged) Console.WriteLine("  " + string.Join(", ", unchanged.Laps.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Step} {l.Took.TotalMilliseconds:N0}"))));
            Console.WriteLine("| edit | to pages | CPU to pages | to files beside | rendered | not built |");
            Console.WriteLine("|---:|---:|---:|---:|---:|---:|");
            for (var i = 1; i <= edits; i++)
            {
                var text = File.ReadAllText(file);
                var value = organisation ? CouncilNumber().Match(text) : FirstActual().Match(text);
                var changed = int.Parse(value.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
                File.WriteAllText(file, text[..value.Groups[1].Index] + changed.ToString(CultureInfo.InvariantCulture) + text[(value.Groups[1].Index + value.Groups[1].Length)..]);
                state.Changed([file]);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime;
                clock.Restart();
                var build = await SiteBuilder.BuildInMemoryAsync(settings, state, pagesFirst: true);
                var pages = clock.Elapsed;
                var pagesCpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
                if (build.Beside is not null) await build.Beside;
                var whole = clock.Elapsed;
                if (!build.Result.Succeeded) throw new InvalidOperationException(string.Join("\n", build.Result.Diagnostics));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {i} | {pages.TotalMilliseconds:N0} ms | {pagesCpu.TotalMilliseconds:N0} ms | {whole.TotalMilliseconds:N0} ms | {state.Pages.LastBuild.Rendered:N0} | {state.Pages.LastBuildUnreached:N0} |"));
                var elsewhere = state.Pages.LastRendered.Select(p => p.File).Where(p => !p.StartsWith(plan + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
                Console.WriteLine($"  rendered outside {plan}/: " + string.Join(", ", elsewhere));
                if (state.LastLaps is { } laps) Console.WriteLine("  " + string.Join(", ", laps.Laps.Select(l => string.Create(CultureInfo.InvariantCulture, $"{l.Step} {l.Took.TotalMilliseconds:N0}"))));
            }

            return 0;
        }
        finally
        {
            if (corpus is null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    [GeneratedRegex(@"^name: Council (\d+)", RegexOptions.Multiline)]
    private static partial Regex CouncilNumber();

    [GeneratedRegex(@"actual: (\d+)%")]
    private static partial Regex FirstActual();
}
