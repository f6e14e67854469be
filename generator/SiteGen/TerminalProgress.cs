using SiteGen.Pipeline;
using Spectre.Console;

namespace SiteGen.Cli;

/// <summary>
/// A progress bar for builds run by a person at a terminal. In CI, in a pipe or in a log file it
/// stays silent: a bar redrawn many times a second is noise in a log, and logs are where CI output goes.
/// It draws on standard error, so standard output holds only the result.
/// </summary>
public static class TerminalProgress
{
    /// <summary>The environment variables CI services set (GitHub, GitLab, Azure, most others set CI).</summary>
    private static readonly string[] CiVariables = ["CI", "TF_BUILD", "GITHUB_ACTIONS", "GITLAB_CI", "JENKINS_URL", "TEAMCITY_VERSION"];

    public static bool ShouldShow(bool errorIsTerminal, Func<string, string?> environment) =>
        errorIsTerminal && !CiVariables.Any(v => !string.IsNullOrEmpty(environment(v)));

    /// <summary>Runs the build with a bar when <paramref name="stderr"/> is this process's terminal, otherwise plainly.</summary>
    public static async Task<T> RunAsync<T>(TextWriter stderr, Func<IProgress<BuildProgress>?, Task<T>> build)
    {
        var attached = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
        if (!ShouldShow(attached, Environment.GetEnvironmentVariable)) return await build(null);

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        T result = default!;
        await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var reading = context.AddTask("Reading and checking content", maxValue: 1);
                var rendering = context.AddTask("Rendering pages", autoStart: false);
                result = await build(new Reporter(reading, rendering));
                reading.StopTask();
                rendering.StopTask();
            });
        return result;
    }

    /// <summary>Updates the bars directly: <see cref="Progress{T}"/> would queue every page to a synchronisation context.</summary>
    private sealed class Reporter(ProgressTask reading, ProgressTask rendering) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value)
        {
            switch (value.Stage)
            {
                case BuildStage.RenderingPages when value.Done == 0:
                    reading.Value = reading.MaxValue;
                    rendering.MaxValue = Math.Max(1, value.Total);
                    rendering.StartTask();
                    break;
                case BuildStage.RenderingPages:
                    rendering.Value = value.Done;
                    break;
                case BuildStage.Writing:
                    rendering.Description = "Writing the site";
                    rendering.Value = rendering.MaxValue;
                    break;
            }
        }
    }
}
