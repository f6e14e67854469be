using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>One size's measurements, printed as a row of the build benchmark's Markdown table.</summary>
public sealed record BuildRow(
    int Councils, int ContentFiles, TimeSpan CorpusWrite, int Pages, int OutputFiles, long OutputBytes,
    TimeSpan BuildWall, TimeSpan BuildCpu, long BuildPeakBytes, TimeSpan ValidateWall, TimeSpan ValidateCpu, long ValidatePeakBytes, string PeakSource,
    string ServeEditToPage, double LoadAverage, string? Failure)
{
    public const string Header =
        "| councils | content files | pages written | build wall | build CPU | pages/s | build peak RSS | peak per 10,000 pages | output (files) | validate wall | validate CPU | validate peak RSS | serve edit→page | load avg |\n" +
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|";

    public string ToMarkdown()
    {
        var perSecond = BuildWall.TotalSeconds > 0 ? Pages / BuildWall.TotalSeconds : 0;
        var per10k = Pages > 0 ? BuildPeakBytes * 10_000.0 / Pages : 0;
        return string.Create(CultureInfo.InvariantCulture,
            $"| {Councils:N0} | {ContentFiles:N0} | {Pages:N0} | {BuildWall.TotalSeconds:F2} s | {BuildCpu.TotalSeconds:F2} s | {perSecond:N0} | {Mb(BuildPeakBytes)} | {Mb(per10k)} | {Mb(OutputBytes)} ({OutputFiles:N0}) | {ValidateWall.TotalSeconds:F2} s | {ValidateCpu.TotalSeconds:F2} s | {Mb(ValidatePeakBytes)} | {ServeEditToPage} | {LoadAverage:F1} |");
    }

    private static string Mb(double bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):N0} MB");
}
