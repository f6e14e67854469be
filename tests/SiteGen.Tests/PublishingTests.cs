using System.Diagnostics;
using System.Security.Cryptography;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// A real <c>sitegen build</c> process killed with SIGKILL at random moments — reading, rendering, writing,
/// swapping, tidying up — while the output folder is watched: the site there is always one whole build (the
/// one before or the one being made), it is never absent, even for an instant, and whatever a killed build
/// left behind is gone after the next build.
/// </summary>
public sealed class PublishingTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Seed = 7_2026;
    private const int Kills = 16;

    [Fact]
    public async Task A_build_killed_at_any_moment_leaves_a_whole_site_never_none_and_the_next_build_clears_the_litter()
    {
        using var site = TempSite.CopyOfGoldenSite();
        var folder = site.Path("_site");
        var settings = File.ReadAllText(site.SettingsPath);
        string WithTitle(string title) => settings.Replace("title: Golden test plans", "title: " + title, StringComparison.Ordinal);

        // The two versions of the site a build can leave, told apart by their title.
        var versions = new Dictionary<string, string>(StringComparer.Ordinal);
        var clock = Stopwatch.StartNew();
        foreach (var title in new[] { "Version A", "Version B" })
        {
            site.Write("site.yml", WithTitle(title));
            Assert.Equal(0, await BuildAsync(site, folder, killAfter: null));
            versions[Fingerprint(folder)] = title;
        }

        Assert.Equal(2, versions.Count);
        var duration = clock.Elapsed / 2;

        var random = new Random(Seed);
        var watcher = new AbsenceWatcher(folder);
        var killed = 0;
        for (var n = 0; n < Kills; n++)
        {
            site.Write("site.yml", WithTitle(n % 2 == 0 ? "Version A" : "Version B"));

            // Anywhere in the second half of a build, where it renders, writes, swaps and tidies up, and a little past its usual end.
            var killAfter = duration * (0.4 + (0.65 * random.NextDouble()));
            using (watcher.Watching())
            {
                var took = Stopwatch.StartNew();
                if (await BuildAsync(site, folder, killAfter) != 0) killed++;

                // A build that finished first shows how long builds take now, on a machine whose load changes: the
                // next kill aims within that, so the test goes on killing builds rather than watching them finish.
                else duration = took.Elapsed;
            }

            var now = Fingerprint(folder);
            Assert.True(versions.ContainsKey(now), $"after kill {n} at {killAfter.TotalMilliseconds:0} ms the output is neither whole version");
        }

        site.Write("site.yml", WithTitle("Version B"));
        Assert.Equal(0, await BuildAsync(site, folder, killAfter: null));
        Assert.Equal("Version B", versions[Fingerprint(folder)]);

        output.WriteLine($"{killed} of {Kills} builds killed before they finished (a build takes about {duration.TotalMilliseconds:0} ms); the folder was looked at {watcher.Looks:N0} times while they ran.");
        Assert.True(killed >= Kills / 4, $"only {killed} of {Kills} builds were killed before they finished");
        // On Linux the swap is one step on every file system a checkout lives on (ext4, xfs, btrfs, tmpfs, overlayfs).
        if (OperatingSystem.IsLinux() || SwapsInOneStep(site.Root))
        {
            Assert.True(SwapsInOneStep(site.Root), "renameat2 with RENAME_EXCHANGE is not available here");
            Assert.Equal(0, watcher.Absences);
        }
        else
        {
            // Where the system cannot exchange two folders in one step, SiteGen says (README, "Using it") that the
            // output is absent for the moment between two renames; the site is still always whole.
            output.WriteLine($"No one-step swap on this system: the output was seen absent {watcher.Absences} times.");
        }

        // No staging folder, folder moved aside or lock file is left beside the site.
        Assert.Equal(["_site", "content", "site.yml"], Directory.GetFileSystemEntries(site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    /// <summary>Whether this system and file system exchange two folders in one step (Linux's renameat2), as builds then do.</summary>
    private static bool SwapsInOneStep(string folder)
    {
        var a = Directory.CreateDirectory(Path.Combine(folder, ".swap-a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(folder, ".swap-b")).FullName;
        try
        {
            return SiteGen.Emit.FolderSwap.TryExchange(a, b);
        }
        finally
        {
            Directory.Delete(a);
            Directory.Delete(b);
        }
    }

    /// <summary>Runs the CLI as its own process; kills it (SIGKILL) after <paramref name="killAfter"/> if it is still running. Returns its exit code, or -1 when killed.</summary>
    private static async Task<int> BuildAsync(TempSite site, string folder, TimeSpan? killAfter)
    {
        var start = new ProcessStartInfo(DotnetHost(), [Path.Combine(AppContext.BaseDirectory, "sitegen.dll"), "build", "--config", site.SettingsPath, "--output", folder])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["CI"] = "true";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (killAfter is { } delay)
        {
            using var timeout = new CancellationTokenSource(delay);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill();
                await process.WaitForExitAsync();
                return -1;
            }
        }
        else
        {
            await process.WaitForExitAsync();
        }

        Assert.True(process.ExitCode == 0, $"sitegen build exited {process.ExitCode}: {await stdout}{await stderr}");
        return process.ExitCode;
    }

    /// <summary>The dotnet that runs these tests, so the CLI runs on the same runtime.</summary>
    private static string DotnetHost() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>Every file of the folder with a hash of its bytes: equal only for the same whole site.</summary>
    private static string Fingerprint(string folder)
    {
        if (!Directory.Exists(folder)) return "(absent)";
        var files = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(f => Path.GetRelativePath(folder, f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        return Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(string.Join('\n', files))));
    }

    /// <summary>Looks at the output folder as often as it can while a build runs, counting every moment it is not there.</summary>
    private sealed class AbsenceWatcher(string folder)
    {
        private volatile bool _watching;

        public long Looks { get; private set; }

        public long Absences { get; private set; }

        public IDisposable Watching()
        {
            _watching = true;
            var thread = new Thread(() =>
            {
                while (_watching)
                {
                    Looks++;
                    if (!Directory.Exists(folder) || !File.Exists(Path.Combine(folder, "index.html"))) Absences++;
                }
            }) { IsBackground = true };
            thread.Start();
            return new Stop(() =>
            {
                _watching = false;
                thread.Join();
            });
        }

        private sealed class Stop(Action stop) : IDisposable
        {
            public void Dispose() => stop();
        }
    }
}
