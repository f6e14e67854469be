using System.Text.Json;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The sample's own files, damaged thousands of ways (<see cref="ContentMutator"/>), given to the real
/// command line in process. Whatever the damage, <c>sitegen validate</c> and <c>sitegen build</c> end with
/// exit code 0 or 1 and say what is wrong in the file's own terms — never exit 2, never a stack trace —
/// and <c>build</c> accepts exactly what <c>validate</c> accepts. The seed is fixed, so a failure names the
/// case that can be run again.
/// </summary>
public sealed class FuzzTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Seed = 16_2026;

    /// <summary>Validate runs take a few milliseconds on one council's plans.</summary>
    private const int ValidateCases = 2000;

    /// <summary>
    /// A build renders all of a council's pages, most of a second each time, so only some cases are built as well:
    /// one in this many of those validate accepted (where build must render and write every page and still
    /// succeed), and one in <see cref="BuildRejectedEvery"/> of all cases (where it must stop as validate did).
    /// </summary>
    private const int BuildAcceptedEvery = 60;

    private const int BuildRejectedEvery = 400;

    [Fact]
    public async Task Damaged_files_are_reported_never_crash_and_build_accepts_exactly_what_validate_accepts()
    {
        var councils = Directory.GetDirectories(RepositoryRoot.Combine("content", "plans")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var sites = councils.Select(c => CouncilSite(c!)).ToList();
        try
        {
            var failures = new List<string>();
            var accepted = 0;
            var built = 0;
            var validateTime = new System.Diagnostics.Stopwatch();
            var buildTime = new System.Diagnostics.Stopwatch();
            for (var n = 0; n < ValidateCases && failures.Count < 10; n++)
            {
                var random = new Random(Seed * 10_007 + n);
                var (site, files) = sites[random.Next(sites.Count)];
                var file = files[random.Next(files.Count)];
                var original = File.ReadAllBytes(site.Path(file));
                var (damaged, how) = ContentMutator.Mutate(random, original);
                var format = (n / 3 % 3) switch { 0 => "text", 1 => "github", _ => "json" };
                site.WriteBytes(file, damaged);
                try
                {
                    var name = $"case {n} (seed {Seed}): {how} in {file}, --format {format}";
                    validateTime.Start();
                    var validate = await CliRunner.Run("validate", "--config", site.SettingsPath, "--format", format);
                    validateTime.Stop();
                    failures.AddRange(Check(name, "validate", format, validate));
                    if (validate.Exit == 0) accepted++;
                    if (validate.Exit == 0 ? accepted % BuildAcceptedEvery == 1 : n % BuildRejectedEvery == 0)
                    {
                        built++;
                        buildTime.Start();
                        var build = await CliRunner.Run("build", "--config", site.SettingsPath, "--output", site.Path("_site"), "--format", format);
                        buildTime.Stop();
                        failures.AddRange(Check(name, "build", format, build));
                        if (build.Exit != validate.Exit) failures.Add($"{name}: validate exited {validate.Exit} but build exited {build.Exit}:\n{build.Out}{build.Err}");
                    }
                }
                finally
                {
                    site.WriteBytes(file, original);
                }
            }

            output.WriteLine($"{ValidateCases} validated in {validateTime.Elapsed.TotalSeconds:0.0} s ({accepted} accepted), {built} built in {buildTime.Elapsed.TotalSeconds:0.0} s");
            Assert.True(failures.Count == 0, string.Join("\n\n", failures));

            // The damage must not be so heavy that nothing gets through, nor so light that nothing is caught.
            Assert.InRange(accepted, ValidateCases / 20, ValidateCases * 19 / 20);
            Assert.True(built >= accepted / BuildAcceptedEvery, $"only {built} builds ran");
        }
        finally
        {
            foreach (var (site, _) in sites) site.Dispose();
        }
    }

    /// <summary>What must hold of every run, whatever the damage: an exit code of 0 or 1, no trace of an exception, and output in the format asked for.</summary>
    private static IEnumerable<string> Check(string name, string command, string format, (int Exit, string Out, string Err) run)
    {
        var all = run.Out + run.Err;
        if (run.Exit is not (0 or 1)) yield return $"{name}: {command} exited {run.Exit}:\n{all}";
        if (all.Contains("   at ", StringComparison.Ordinal) || all.Contains("Exception", StringComparison.Ordinal) || all.Contains("failed unexpectedly", StringComparison.Ordinal))
        {
            yield return $"{name}: {command} printed an internal error:\n{all}";
        }

        switch (format)
        {
            case "json":
            {
                string? problem = null;
                try
                {
                    using var report = JsonDocument.Parse(run.Out);
                    var errors = report.RootElement.GetProperty("errors").GetInt32();
                    if ((errors > 0) != (run.Exit == 1)) problem = $"{errors} errors in the report but exit code {run.Exit}";
                }
                catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
                {
                    problem = "standard output is not the JSON report: " + e.Message;
                }

                if (problem is not null) yield return $"{name}: {command} --format json: {problem}\n{run.Out}";
                break;
            }

            case "github" when run.Exit == 1 && !all.Contains("::error file=", StringComparison.Ordinal):
                yield return $"{name}: {command} failed without a ::error annotation:\n{all}";
                break;
            case "text" when run.Exit == 1 && !run.Err.Contains(": error SG", StringComparison.Ordinal):
                yield return $"{name}: {command} failed without an error at a file and line:\n{all}";
                break;
        }
    }

    /// <summary>The sample site with only one council's plans: every shared file, and plans small enough to check in milliseconds.</summary>
    private static (TempSite Site, IReadOnlyList<string> Files) CouncilSite(string council)
    {
        var site = TempSite.CopyOfSample();
        foreach (var other in Directory.GetDirectories(site.Path("content/plans")).Where(d => Path.GetFileName(d) != council))
        {
            Directory.Delete(other, recursive: true);
        }

        var files = Directory.GetFiles(site.Root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'))
            .Where(f => f != "content/README.md")
            .Order(StringComparer.Ordinal)
            .ToList();
        return (site, files);
    }
}
