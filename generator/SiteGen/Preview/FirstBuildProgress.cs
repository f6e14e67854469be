using System.Diagnostics;
using SiteGen.Pipeline;

namespace SiteGen.Cli.Preview;

/// <summary>
/// What <c>serve</c> prints while its first build runs, which on a large site takes a minute or more: the
/// stage, then how many pages are rendered, every few seconds. Plain lines rather than a redrawn bar, so
/// a terminal and a log read the same. Later builds are quick and say only their result.
/// </summary>
public sealed class FirstBuildProgress(TextWriter writer) : IProgress<BuildProgress>
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(2);

    private readonly Lock _lock = new();
    private readonly Stopwatch _sinceLastLine = Stopwatch.StartNew();

    /// <summary>Called from every render worker at once.</summary>
    public void Report(BuildProgress value)
    {
        lock (_lock)
        {
            switch (value.Stage)
            {
                case BuildStage.ReadingContent:
                    Line("Reading and checking the content…");
                    break;
                case BuildStage.RenderingPages when value.Done == 0:
                    Line($"Rendering {value.Total:N0} pages…");
                    break;
                case BuildStage.RenderingPages when _sinceLastLine.Elapsed >= Every && value.Done < value.Total:
                    Line($"  {value.Done:N0} of {value.Total:N0} pages rendered ({100L * value.Done / Math.Max(1, value.Total)}%)");
                    break;
            }
        }
    }

    private void Line(string text)
    {
        writer.WriteLine(text);
        _sinceLastLine.Restart();
    }
}
