using SiteGen.Benchmarks;

return args.FirstOrDefault() switch
{
    "search" => SearchBenchmark.Run(args.Skip(1).ToArray()),
    "build" => BuildBenchmark.Run(args.Skip(1).ToArray()),
    "stages" => await StageBreakdown.Run(args.Skip(1).ToArray()),
    "rebuild" => await RebuildBenchmark.Run(args.Skip(1).ToArray()),
    "serve-edit" => ServeEditOnly(args),
    "corpus" => WriteCorpus(args),
    _ => Usage(),
};

static int WriteCorpus(string[] args)
{
    var summary = SyntheticCorpus.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"Wrote {summary.Files} files: {summary.Councils} councils, {summary.Plans} plans, {summary.Indicators} indicators.");
    return 0;
}

// serve-edit CLI.dll CORPUS COUNCILS [RUNS]: serve edit→page alone, on a corpus already written, with a CLI already published.
static int ServeEditOnly(string[] args)
{
    var runs = args.Length > 4 ? int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 1;
    for (var i = 0; i < runs; i++)
    {
        var result = ServeEdit.Measure(args[1], args[2], int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
        Console.WriteLine($"serve edit→page: {result.Describe()} (first build {result.FirstBuild.TotalSeconds:F1} s)");
    }

    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: SiteGen.Benchmarks search [pages …] | build [--sizes 1,10,100,400] [--keep] [--no-cli-build] [--compare-hugo] | stages [--councils 10] [--load-only] [--allocations] | rebuild [--councils 100] [--corpus FOLDER] [--edits 5] [--organisation] | serve-edit CLI.dll CORPUS COUNCILS [RUNS] | corpus FOLDER COUNCILS");
    return 2;
}
