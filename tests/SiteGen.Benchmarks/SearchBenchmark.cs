using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Rendering;
using SiteGen.Routing;
using SiteGen.Search;
using SiteGen.Theming;

namespace SiteGen.Benchmarks;

/// <summary>
/// Builds the search index of synthetic sites and reports its build time, its size, and the bytes a
/// browser downloads (gzip-compressed, as web servers send them) for typical queries: the first query
/// with the client scripts, and each further term. Prints figures; asserts nothing.
/// </summary>
public static class SearchBenchmark
{
    private static readonly string[] Queries = ["children", "initial assessments", "NI 59", "adopton", "foster carers recruitment", "safeguarding board", "looked after children placement stability"];

    public static int Run(string[] args)
    {
        var targets = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [1_000, 10_000];
        var scripts = Directory.EnumerateFiles(Path.Combine(ThemeLoader.ShippedThemes, "default", "assets"), "*.js").Sum(f => Gzip(File.ReadAllBytes(f)));
        Console.WriteLine($"Client scripts (site.js + search.js), gzip: {Kb(scripts)}");
        Console.WriteLine();
        Console.WriteLine("| pages | documents | index build | index files | index size | index gzip | query | first query (gzip, with scripts) | each further term (gzip) |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---|---:|---:|");
        foreach (var target in targets)
        {
            // About 230 pages a council: 3 plans of an overview, 10 objectives, 60 indicators and 5 other pages.
            var councils = Math.Max(1, (int)Math.Round(target / 230.0));
            var root = Path.Combine(Path.GetTempPath(), "sitegen-bench", $"search-{councils}");
            if (Directory.Exists(root)) Directory.Delete(root, true);
            SyntheticCorpus.Write(root, councils);
            var diagnostics = new DiagnosticBag();
            var loaded = ContentLoader.Load(Path.Combine(root, "site.yml"), null, diagnostics);
            if (loaded is null || diagnostics.HasErrors)
            {
                Console.Error.WriteLine(string.Join("\n", diagnostics.Sorted().Take(10)));
                return 1;
            }

            var routes = new SiteRoutes(loaded.Facts.Site);
            var pages = PageGraph.Build(new SiteContext(loaded.Facts, routes, loaded.Settings, [], [])).Count;
            var documents = SearchDocuments.From(loaded.Facts, routes);
            var clock = Stopwatch.StartNew();
            var files = SearchIndexBuilder.Build(documents, loaded.Settings.Search, url => "../" + url);
            clock.Stop();
            var byPath = files.ToDictionary(f => f.Path[(SearchIndexFormat.Folder.Length + 1)..], f => f.Content);
            var raw = files.Sum(f => (long)f.Content.Length);
            var gzip = files.Sum(f => (long)Gzip(f.Content));

            foreach (var query in Queries)
            {
                var words = query.Split(' ');
                var compressed = new Dictionary<string, int>();
                var counting = new SearchEngine(p =>
                {
                    var content = byPath.GetValueOrDefault(p);
                    if (content is not null) compressed[p] = Gzip(content);
                    return content;
                });

                // First query: the first word alone, as a reader starts typing; then each further word added.
                counting.Search(words[0]);
                var first = compressed.Values.Sum() + scripts;
                var further = new List<int>();
                for (var i = 2; i <= words.Length; i++)
                {
                    var before = compressed.Values.Sum();
                    counting.Search(string.Join(' ', words.Take(i)));
                    further.Add(compressed.Values.Sum() - before);
                }

                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| {pages:N0} | {documents.Count:N0} | {clock.Elapsed.TotalSeconds:0.00} s | {files.Count:N0} | {Mb(raw)} | {Mb(gzip)} | {query} | {Kb(first)} | {(further.Count == 0 ? "—" : string.Join(", ", further.Select(b => Kb(b))))} |"));
            }
        }

        return 0;
    }

    private static int Gzip(byte[] content)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return (int)memory.Length;
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " KB";

    private static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
