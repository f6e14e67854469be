using System.Runtime;
using SiteGen.Cli.Preview;
using Xunit;

namespace SiteGen.Tests;

/// <summary>Run alone: another test allocating at the same time would use up the region and make the collector run.</summary>
[CollectionDefinition(nameof(AloneInTheProcess), DisableParallelization = true)]
public sealed class AloneInTheProcess;

/// <summary>
/// Serve has the collector work between edits (<see cref="CollectBetweenEdits"/>): after arming, an edit's allocations
/// must not set off a collection, and when the edit is served collections must be back to normal.
/// </summary>
[Collection(nameof(AloneInTheProcess))]
public sealed class CollectBetweenEditsTests
{
    /// <summary>About what an edit allocates at 100 councils, in arrays small enough to be allocated young.</summary>
    private const int EditBytes = 96 * 1024 * 1024;

    [Fact]
    public void An_edit_after_the_collector_is_armed_runs_without_a_collection_and_collections_resume_when_it_is_served()
    {
        // The control: the same allocations unarmed do set off collections, or the rest would prove nothing.
        var unarmed = GC.CollectionCount(0);
        GC.KeepAlive(Allocate(EditBytes));
        Assert.True(GC.CollectionCount(0) > unarmed, "96 MB allocated unarmed set off no collection, so this test cannot tell arming apart");

        // The first build, which sizes the region: twice what it allocated.
        var collector = new CollectBetweenEdits();
        collector.BuildStarting();
        GC.KeepAlive(Allocate(EditBytes));
        collector.BuildServed();
        collector.Arm();
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        var before = GC.CollectionCount(0);
        collector.BuildStarting();
        var kept = Allocate(EditBytes);
        collector.BuildServed();

        Assert.Equal(before, GC.CollectionCount(0));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
        GC.KeepAlive(kept);
    }

    [Fact]
    public void An_edit_that_outgrows_the_region_is_collected_as_usual_and_served_without_error()
    {
        var collector = new CollectBetweenEdits();
        collector.Arm(); // no build yet: the smallest region, 32 MB
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        var before = GC.CollectionCount(0);
        collector.BuildStarting();
        GC.KeepAlive(Allocate(EditBytes));
        collector.BuildServed();

        Assert.True(GC.CollectionCount(0) > before);
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    /// <summary>The region is the whole process's: a stopped preview must leave none behind (a test host, an editor's host, runs on).</summary>
    [Fact]
    public void A_stopped_preview_leaves_no_region_and_sets_none_aside_again()
    {
        var collector = new CollectBetweenEdits();
        collector.Arm();
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        collector.Stop();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);

        collector.Arm();
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    private static List<byte[]> Allocate(int bytes)
    {
        var arrays = new List<byte[]>();
        for (var total = 0; total < bytes; total += 64 * 1024) arrays.Add(new byte[64 * 1024]);
        return arrays;
    }
}
