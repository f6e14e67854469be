using SiteGen.Benchmarks;

return args.FirstOrDefault() switch
{
    "search" => SearchBenchmark.Run(args.Skip(1).ToArray()),
    "build" => BuildBenchmark.Run(args.Skip(1).ToArray()),
    "stages" => await StageBreakdown.Run(args.Skip(1).ToArray()),
    "rebuild" => await RebuildBenchmark.Run(args.Skip(1).ToArray()),
    "corpus" => WriteCorpus(args),
    _ => Usage(),
};

static int WriteCorpus(string[] args)
{
    var summary = SyntheticCorpus.Write(args[1], int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture));
    Console.WriteLine($"Wrote {summary.Files} files: {summary.Councils} councils, {summary.Plans} plans, {summary.Indicators} indicators.");
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: SiteGen.Benchmarks search [pages …] | build [--sizes 1,10,100,400] [--keep] [--no-cli-build] [--compare-hugo] | stages [--councils 10] [--load-only] | rebuild [--councils 100] [--corpus FOLDER] [--edits 5] | corpus FOLDER COUNCILS");
    return 2;
}
