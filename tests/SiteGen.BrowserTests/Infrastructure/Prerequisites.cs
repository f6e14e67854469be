namespace SiteGen.BrowserTests.Infrastructure;

/// <summary>What the browser tests need beyond NuGet: Debian's Chromium and the pinned axe-core from tests/browser.</summary>
public static class Prerequisites
{
    /// <summary>Debian's Chromium (package <c>chromium</c>). Playwright is pointed at it and never downloads a browser of its own.</summary>
    public const string Chromium = "/usr/bin/chromium";

    public static string Root { get; } = FindRoot();

    /// <summary>axe-core as installed by <c>npm ci --prefix tests/browser</c> (version pinned in tests/browser/package-lock.json).</summary>
    public static string Axe { get; } = Path.Combine(Root, "tests", "browser", "node_modules", "axe-core", "axe.min.js");

    /// <summary>Set by CI (and by .ci/run's caller); there a missing prerequisite fails the tests instead of skipping them.</summary>
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public const string HowToInstall = "install them with `apt-get install -y chromium` and `npm ci --prefix tests/browser` (or run .ci/run, which does both)";

    /// <summary>What is missing, in words, or null when everything is there.</summary>
    public static string? Missing()
    {
        var missing = new List<string>();
        if (!File.Exists(Chromium)) missing.Add($"Chromium ({Chromium})");
        if (!File.Exists(Axe)) missing.Add($"axe-core ({Path.GetRelativePath(Root, Axe)})");
        return missing.Count == 0 ? null : string.Join(" and ", missing);
    }

    /// <summary>Why the browser tests are skipped here, or null when they run: they run whenever everything is installed, and always in CI (where a missing browser is then a failure).</summary>
    public static string? SkipReason()
    {
        if (InCi) return null;
        var missing = Missing();
        return missing is null ? null : $"Browser tests skipped: {missing} not found; {HowToInstall}.";
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "SiteGen.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("SiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
