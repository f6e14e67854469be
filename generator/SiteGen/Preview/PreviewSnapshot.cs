namespace SiteGen.Cli.Preview;

/// <summary>
/// One good build as served: every file in memory, so a later build with errors, or one still being
/// written, can never show a reader a half-built site. <see cref="Version"/> changes only when some
/// file's bytes changed, so an open page reloads only when there is something new to see.
/// </summary>
public sealed record PreviewSnapshot(string Version, IReadOnlyDictionary<string, byte[]> Files, string BasePath)
{
    /// <summary>
    /// The path the site is served under: the path of <c>base_url</c> (<c>https://council.gov.uk/performance/</c>
    /// → <c>/performance/</c>), so the preview runs at the same depth as the real site, or <c>/</c>.
    /// </summary>
    public static string BasePathOf(string? baseUrl)
    {
        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri)) return "/";
        var path = Uri.UnescapeDataString(uri.AbsolutePath);
        if (!path.StartsWith('/')) path = "/" + path;
        return path.EndsWith('/') ? path : path + "/";
    }
}
