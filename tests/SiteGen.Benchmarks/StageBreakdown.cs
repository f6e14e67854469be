using System.Diagnostics;
using System.Globalization;
using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Parsing;
using SiteGen.Emit;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Routing;
using SiteGen.Search;
using SiteGen.Theming;

namespace SiteGen.Benchmarks;

/// <summary>
/// <c>stages [--councils 10] [--load-only] [--allocations]</c>: where a build's time and memory go, in process. Repeats the steps of
/// <c>SiteBuilder.BuildAsync</c> (load, page graph, search index, render) with a stopwatch, the bytes
/// allocated and the managed heap after each, rendering on one thread so per-page costs are plain.
/// Rendered pages are discarded, not written: the figures are for finding the biggest cost, not a build.
/// </summary>
public static class StageBreakdown
{
    public static async Task<int> Run(string[] args)
    {
        var at = Array.IndexOf(args, "--councils");
        var councils = at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : 10;
        var root = Path.Combine(Path.GetTempPath(), $"sitegen-stages-{councils}-{Environment.ProcessId}");
        try
        {
            SyntheticCorpus.Write(root, councils);
            Console.WriteLine($"| stage ({councils} councils) | wall | CPU | allocated | managed heap after |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            var diagnostics = new DiagnosticBag();
            // The steps of ContentLoader.Load, one row each.
            var settings = Stage("configure (site.yml)", () => SettingsLoader.Load(Path.Combine(root, "site.yml"), null, diagnostics))!;
            var files = Stage("discover", () => ContentDiscoverer.Discover(settings, diagnostics));
            var shared = Stage("shared files: read, parse and bind", () => ContentLoader.LoadShared(files, diagnostics));
            var plans = Stage("plans: read, parse and bind, plan by plan", () => PlanLoader.Load(files, shared, diagnostics));
            var site = Stage("check references", () => SiteBinder.Complete(shared, plans.Select(p => p.Plan).OfType<SiteGen.Model.Plan>().ToList(), DeclaredIds.Of(files), ContentLoader.ContentPaths(settings, files), diagnostics));
            var facts = Stage("derive", () => SiteFacts.Derive(site, diagnostics));
            var loaded = new ContentLoader.Loaded(settings, files, facts, plans);
            if (args.Contains("--load-only"))
            {
                PlanSplit(files, shared);
                return 0;
            }

            var routes = Stage("routes", () => new SiteRoutes(facts.Site));
            var context = new SiteContext(loaded.Facts, routes, loaded.Settings, [], []);
            var pages = Stage("page graph (routes, models not yet built)", () => PageGraph.Build(context));
            Stage("search documents and index", () => SearchIndexBuilder.Build(SearchDocuments.From(facts, routes), loaded.Settings.Search, u => u));
            var theme = Stage("theme: read and compile (none at run time for the default theme)", () => CompiledTheme.Prepare(settings, new TemplateStore(null), diagnostics))!;
            var byKind = new Dictionary<string, (int Count, TimeSpan Build, TimeSpan Render)>(StringComparer.Ordinal);
            long heapWithRendererOpen = 0;
            var paths = new List<PagePath>();
            using var sampler = args.Contains("--allocations") ? new AllocationSampler() : null;
            sampler?.Start();
            await StageAsync($"build view models and render {pages.Count:N0} pages, one thread", async () =>
            {
                using var renderer = new ThemePageRenderer(theme.Templates, theme.WordsFor(settings.Language));
                long bytes = 0;
                foreach (var pending in pages)
                {
                    var clock = Stopwatch.StartNew();
                    var page = pending.Build();
                    var built = clock.Elapsed;
                    paths.Add(page.Path);
                    bytes += (await renderer.RenderAsync(page.Model)).Length;
                    var kind = page.Model.GetType().Name;
                    var (count, build, render) = byKind.GetValueOrDefault(kind);
                    byKind[kind] = (count + 1, build + built, render + clock.Elapsed - built);
                }

                sampler?.Stop();
                heapWithRendererOpen = GC.GetTotalMemory(forceFullCollection: true);
                return bytes;
            });
            Stage("site files (indicator data, sitemap, robots)", () => SiteFiles.Build(facts, routes, loaded.Settings, paths).ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Managed heap after rendering, before the renderer is disposed: {heapWithRendererOpen / 1048576.0:N0} MB (the render row is after it is disposed)."));
            sampler?.Print("build view models and render");
            Console.WriteLine();
            Console.WriteLine("| page kind | pages | build view model | render | per page (build + render) |");
            Console.WriteLine("|---|---:|---:|---:|---:|");
            foreach (var (kind, (count, build, render)) in byKind.OrderByDescending(k => k.Value.Build + k.Value.Render))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {kind} | {count:N0} | {build.TotalSeconds:F2} s | {render.TotalSeconds:F2} s | {build.TotalMilliseconds / count:F2} + {render.TotalMilliseconds / count:F2} ms |"));
            }

            return 0;
        }
        finally
        {
            if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Plans are parsed and bound together, a plan at a time, so the rows above cannot say which of the two costs
    /// what; this runs the same per-plan steps again on one thread and adds up each step's time and allocation.
    /// </summary>
    private static void PlanSplit(IReadOnlyList<ContentFile> files, SharedContent shared)
    {
        var diagnostics = new DiagnosticBag();
        TimeSpan parseTime = default, bindTime = default;
        long parseBytes = 0, bindBytes = 0;
        foreach (var folder in PlanFolders.Of(files))
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var clock = Stopwatch.StartNew();
            var parsed = ContentParser.Parse(folder, diagnostics);
            parseTime += clock.Elapsed;
            var middle = GC.GetAllocatedBytesForCurrentThread();
            clock.Restart();
            SiteBinder.BindPlan(parsed, shared, diagnostics);
            bindTime += clock.Elapsed;
            parseBytes += middle - before;
            bindBytes += GC.GetAllocatedBytesForCurrentThread() - middle;
        }

        Console.WriteLine();
        Console.WriteLine("| plans again, one thread | wall | allocated |");
        Console.WriteLine("|---|---:|---:|");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| read and parse | {parseTime.TotalSeconds:F2} s | {parseBytes / 1048576.0:N0} MB |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| bind | {bindTime.TotalSeconds:F2} s | {bindBytes / 1048576.0:N0} MB |"));
    }

    private static T Stage<T>(string name, Func<T> step) => StageAsync(name, () => Task.FromResult(step())).GetAwaiter().GetResult();

    private static async Task<T> StageAsync<T>(string name, Func<Task<T>> step)
    {
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        // CPU time of the whole process (JIT and GC threads too): on a shared machine it varies far less than wall time.
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = await step();
        clock.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {clock.Elapsed.TotalSeconds:F2} s | {used.TotalSeconds:F2} s | {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1048576.0:N0} MB | {heap / 1048576.0:N0} MB |"));
        return result;
    }
}
