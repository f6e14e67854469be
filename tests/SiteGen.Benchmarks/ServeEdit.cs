using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// The <c>serve</c> measurement: starts the real <c>sitegen serve</c> on the corpus, waits for its first
/// build, then changes one figure in one plan's indicator file and times from the moment the file is
/// saved until that indicator's page in the preview's disk copy (<c>.sitegen/preview/</c>) holds the
/// new figure — what an officer waits for between saving and seeing the page change. The first edit comes half a second
/// after serve starts previewing, while the first build's 65,000 files are still being flushed to disk and its hot
/// code recompiled; four more follow three seconds apart, as an officer saves, looks, and saves again.
/// </summary>
public static partial class ServeEdit
{
    private static readonly TimeSpan FirstBuildLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RebuildLimit = TimeSpan.FromMinutes(2);

    /// <summary>How many edits follow the first, and how long each waits after the one before: an officer reads the page between saves.</summary>
    private const int LaterEdits = 4;
    private static readonly TimeSpan BetweenEdits = TimeSpan.FromSeconds(3);

    /// <param name="EditToPage">The first edit, half a second after serve said it was previewing.</param>
    /// <param name="Later">The edits after it, each three seconds after the one before.</param>
    public sealed record Result(TimeSpan FirstBuild, TimeSpan EditToPage, string? Failure, IReadOnlyList<TimeSpan>? Later = null)
    {
        public string Describe() => Failure ?? (Later is { Count: > 0 } later
            ? string.Create(CultureInfo.InvariantCulture, $"{EditToPage.TotalMilliseconds:N0} ms first, then median {Median(later).TotalMilliseconds:N0} ms ({string.Join(", ", later.Select(t => t.TotalMilliseconds.ToString("N0", CultureInfo.InvariantCulture)))})")
            : string.Create(CultureInfo.InvariantCulture, $"{EditToPage.TotalMilliseconds:N0} ms"));

        private static TimeSpan Median(IReadOnlyList<TimeSpan> times)
        {
            var sorted = times.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public static Result Measure(string cli, string corpus, int councils)
    {
        // A plan in the middle of the corpus, so its shared indicators appear on comparison pages.
        var plan = $"council-{(councils + 1) / 2:D3}/plan-2";
        var file = Path.Combine(corpus, "content", "plans", plan.Replace('/', Path.DirectorySeparatorChar), "indicators", "all.yml");
        var text = File.ReadAllText(file);
        var reference = FirstReference().Match(text).Groups[1].Value;
        var value = FirstActual().Match(text);
        var changed = int.Parse(value.Groups[1].Value, CultureInfo.InvariantCulture) + 1;
        var page = Path.Combine(corpus, ".sitegen", "preview", plan.Replace('/', Path.DirectorySeparatorChar), "indicators", reference.ToLowerInvariant().Replace(' ', '-'), "index.html");

        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = corpus, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { cli, "serve", "--port", "0" }) info.ArgumentList.Add(argument);
        info.Environment["CI"] = "true";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start sitegen serve");
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) output.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var clock = Stopwatch.StartNew();
            while (!output.Any(l => l.StartsWith("Previewing at", StringComparison.Ordinal)))
            {
                if (process.HasExited || clock.Elapsed > FirstBuildLimit) return new Result(clock.Elapsed, TimeSpan.Zero, "serve did not start: " + string.Join(" | ", output.Take(5)));
                Thread.Sleep(20);
            }

            var firstBuild = clock.Elapsed;
            if (!File.Exists(page)) return new Result(firstBuild, TimeSpan.Zero, $"n/a ({page} not in the preview copy)");
            var marker = $"{changed}%";
            var before = File.ReadAllText(page);
            Thread.Sleep(500); // let the watcher settle after the first build's own writes

            var times = new List<TimeSpan>();
            for (var edit = 0; edit <= LaterEdits; edit++)
            {
                if (edit > 0)
                {
                    Thread.Sleep(BetweenEdits);
                    marker = $"{changed + edit}%";
                    before = File.ReadAllText(page);
                }

                var edited = text[..value.Index] + value.Value.Replace(value.Groups[1].Value + "%", marker, StringComparison.Ordinal) + text[(value.Index + value.Length)..];
                clock.Restart();
                File.WriteAllText(file, edited);
                var seen = false;
                while (clock.Elapsed < RebuildLimit)
                {
                    if (ReadOrEmpty(page) is var now && now != before && now.Contains(marker, StringComparison.Ordinal))
                    {
                        seen = true;
                        break;
                    }

                    Thread.Sleep(2);
                }

                if (!seen) return new Result(firstBuild, clock.Elapsed, $"the page did not change within {RebuildLimit.TotalSeconds:N0} s (edit {edit + 1})");
                times.Add(clock.Elapsed);
            }

            return new Result(firstBuild, times[0], null, times.Skip(1).ToList());
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>The page is replaced while being polled; a read that meets a half-written file is tried again.</summary>
    private static string ReadOrEmpty(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
    }

    [GeneratedRegex(@"^  - reference: (.+)$", RegexOptions.Multiline)]
    private static partial Regex FirstReference();

    [GeneratedRegex(@"actual: (\d+)%")]
    private static partial Regex FirstActual();
}
