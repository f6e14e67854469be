using SiteGen.Theming;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Rendering;

namespace SiteGen.Tests.Infrastructure;

/// <summary>A site written as real files into a temporary folder, deleted afterwards.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite(IReadOnlyDictionary<string, string>? files = null)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        foreach (var (path, text) in files ?? new Dictionary<string, string>()) Write(path, text);
    }

    public string Root { get; }

    public string SettingsPath => System.IO.Path.Combine(Root, "site.yml");

    public string Path(string relative) => System.IO.Path.Combine(Root, relative);

    private readonly List<string> _touched = [];

    /// <summary>The full paths written or deleted through this object since the last call, as a watcher would report them.</summary>
    public IReadOnlyList<string> TakeTouched()
    {
        var touched = _touched.ToList();
        _touched.Clear();
        return touched;
    }

    public void Write(string relative, string text)
    {
        var full = Path(relative);
        _touched.Add(full);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        var full = Path(relative);
        _touched.Add(full);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    /// <summary>Saves as many editors do: the new text into a temporary file beside it, then renamed over the old one.</summary>
    public void SaveThroughTemporaryFile(string relative, string text)
    {
        var full = Path(relative);
        var temporary = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(full)!, "." + System.IO.Path.GetFileName(full) + ".tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, full, overwrite: true);
        _touched.Add(temporary);
        _touched.Add(full);
    }

    public void Delete(string relative)
    {
        _touched.Add(Path(relative));
        File.Delete(Path(relative));
    }

    public IReadOnlyList<Diagnostic> Validate()
    {
        var diagnostics = new DiagnosticBag();
        SiteChecker.Check(SettingsPath, diagnostics);
        return diagnostics.Sorted();
    }

    public Task<BuildResult> BuildAsync(string? output = null) => SiteBuilder.BuildAsync(SettingsPath, output ?? Path("_site"));

    /// <summary>A build with its own template store (as a fresh process has), to count what it compiles.</summary>
    public Task<BuildResult> BuildAsync(TemplateStore templates, string? output = null) => SiteBuilder.BuildAsync(SettingsPath, output ?? Path("_site"), templates: templates);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>Copies the repository's sample site (site.yml and content/) so a test can change it freely.</summary>
    public static TempSite CopyOfSample()
    {
        var site = new TempSite();
        File.Copy(RepositoryRoot.Combine("site.yml"), site.SettingsPath);
        CopyFolder(RepositoryRoot.Combine("content"), site.Path("content"));
        return site;
    }

    /// <summary>The small fixture site that exercises every page type (golden files are taken from it).</summary>
    public static string GoldenSiteFolder { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "golden-site");

    /// <summary>A copy of the golden fixture site, to change freely.</summary>
    public static TempSite CopyOfGoldenSite() => CopyOf(GoldenSiteFolder);

    /// <summary>A copy of a whole site folder (site.yml and content/), e.g. one of Fixtures/.</summary>
    public static TempSite CopyOf(string folder)
    {
        var site = new TempSite();
        CopyFolder(folder, site.Root);
        return site;
    }

    /// <summary>Copies a folder from anywhere into the site, e.g. a theme into themes/.</summary>
    public void CopyInto(string from, string relative) => CopyFolder(from, Path(relative));

    /// <summary>Copies a site's files, not what building or serving it left beside them.</summary>
    private static void CopyFolder(string from, string to)
    {
        if (System.IO.Path.GetFileName(from) is ".sitegen" or "_site") return;
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, System.IO.Path.Combine(to, System.IO.Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) CopyFolder(dir, System.IO.Path.Combine(to, System.IO.Path.GetFileName(dir)));
    }
}
