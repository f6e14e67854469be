using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace SiteGen.Benchmarks;

/// <summary>
/// The <c>serve</c> measurement: starts the real <c>sitegen serve</c> on the corpus, waits for its first
/// build, then changes one figure in one plan's indicator file and times from the moment the file is
/// saved until that indicator's page in the preview's disk copy (<c>.sitegen/preview/</c>) holds the
/// new figure — what an officer waits for between saving and seeing the page change.
/// </summary>
public static partial class ServeEdit
{
    private static readonly TimeSpan FirstBuildLimit = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan RebuildLimit = TimeSpan.FromMinutes(2);

    public sealed record Result(TimeSpan FirstBuild, TimeSpan EditToPage, string? Failure)
    {
        public string Describe() => Failure ?? string.Create(CultureInfo.InvariantCulture, $"{EditToPage.TotalMilliseconds:N0} ms");
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

            var edited = text[..value.Index] + value.Value.Replace(value.Groups[1].Value + "%", marker, StringComparison.Ordinal) + text[(value.Index + value.Length)..];
            clock.Restart();
            File.WriteAllText(file, edited);
            while (clock.Elapsed < RebuildLimit)
            {
                if (ReadOrEmpty(page) is var now && now != before && now.Contains(marker, StringComparison.Ordinal)) return new Result(firstBuild, clock.Elapsed, null);
                Thread.Sleep(2);
            }

            return new Result(firstBuild, clock.Elapsed, $"the page did not change within {RebuildLimit.TotalSeconds:N0} s");
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
