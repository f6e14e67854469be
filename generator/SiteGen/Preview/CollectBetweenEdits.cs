using System.Runtime;

namespace SiteGen.Cli.Preview;

/// <summary>
/// Has the garbage collector do its work while the officer reads the page, not while they wait for it: after each build
/// and the files beside its pages, the preview asks the runtime for a region without collections big enough for the
/// next edit (<see cref="GC.TryStartNoGCRegion(long)"/>), and ends it when that edit's pages are served.
/// </summary>
/// <remarks>
/// Measured at 100 councils (a preview of about 1 GB): an edit allocated 86–120 MB, and a collection during it paused
/// the build for 21–139 ms, and two edits of six that had a full collection took 511 and 516 ms against 220–298 for the others. Starting the region collects the
/// whole heap at once — 240–260 ms, with nobody waiting — and the edits after it paused for none. An edit that
/// allocates more than the region holds is collected as usual; the runtime ends the region itself.
/// The region is sized from the largest build's allocations, so a small site keeps little memory aside.
/// </remarks>
public sealed class CollectBetweenEdits
{
    /// <summary>What a region sets aside at least, and at most (an edit at 100 councils allocated 86–120 MB).</summary>
    private const long Smallest = 32L * 1024 * 1024;
    private const long Largest = 256L * 1024 * 1024;

    private long _allocatedAtStart;
    private long _largestBuild;
    private readonly Lock _arming = new();
    private bool _stopped;

    /// <summary>Call as a build starts: counts what it allocates.</summary>
    public void BuildStarting() => _allocatedAtStart = GC.GetTotalAllocatedBytes(precise: false);

    /// <summary>Call when the build's pages are served: collections may happen again (the files beside the pages are made next).</summary>
    public void BuildServed()
    {
        _largestBuild = Math.Max(_largestBuild, GC.GetTotalAllocatedBytes(precise: false) - _allocatedAtStart);
        lock (_arming) End();
    }

    /// <summary>
    /// Call when the preview is idle after a build: collects now and sets aside room for an edit twice the size of the
    /// largest build so far (a rehearsal or a small edit would otherwise leave too little for the next large one).
    /// </summary>
    public void Arm()
    {
        lock (_arming)
        {
            if (_stopped || GCSettings.LatencyMode == GCLatencyMode.NoGCRegion) return;
            var size = Math.Clamp(2 * _largestBuild, Smallest, Largest);
            try
            {
                GC.TryStartNoGCRegion(size);
            }
            catch (ArgumentOutOfRangeException)
            {
                // More than this runtime will set aside: collections stay as they were.
            }
        }
    }

    /// <summary>Call when the preview stops: the region is the whole process's, and whatever runs on in it (a test host) must not inherit it.</summary>
    public void Stop()
    {
        lock (_arming)
        {
            _stopped = true;
            End();
        }
    }

    private void End()
    {
        if (GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            try
            {
                GC.EndNoGCRegion();
            }
            catch (InvalidOperationException)
            {
                // The build outgrew the region and the runtime collected: nothing to end.
            }
        }
    }
}
