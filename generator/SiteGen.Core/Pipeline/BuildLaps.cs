using System.Diagnostics;

namespace SiteGen.Pipeline;

/// <summary>
/// How long each step of one build took, in the order they ran, for the <c>rebuild</c> benchmark to show where an
/// edit's time goes. Kept by <see cref="IncrementalBuild"/> only; a build that nobody watches keeps none.
/// </summary>
public sealed class BuildLaps
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Step, TimeSpan Took)> _laps = [];
    private TimeSpan _last;

    public IReadOnlyList<(string Step, TimeSpan Took)> Laps => _laps;

    /// <summary>Ends the step that ran since the last lap (or since the build began).</summary>
    public void Lap(string step)
    {
        var now = _clock.Elapsed;
        _laps.Add((step, now - _last));
        _last = now;
    }
}
