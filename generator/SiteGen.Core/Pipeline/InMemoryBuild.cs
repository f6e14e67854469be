using SiteGen.Configuration;

namespace SiteGen.Pipeline;

/// <summary>A build held in memory: <see cref="Files"/> is null when the content has errors; <see cref="Settings"/> is null only when site.yml could not be read.</summary>
/// <param name="Beside">
/// When the build was asked for its pages first: the files beside the pages (search index, indicator data,
/// sitemap), still being made; <see cref="Files"/> then holds the pages and assets only. Null otherwise.
/// </param>
public sealed record InMemoryBuild(BuildResult Result, SiteSettings? Settings, IReadOnlyDictionary<string, byte[]>? Files, Task<IReadOnlyDictionary<string, byte[]>>? Beside = null);
