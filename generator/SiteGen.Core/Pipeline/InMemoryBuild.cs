using SiteGen.Configuration;

namespace SiteGen.Pipeline;

/// <summary>A build held in memory: <see cref="Files"/> is null when the content has errors; <see cref="Settings"/> is null only when site.yml could not be read.</summary>
public sealed record InMemoryBuild(BuildResult Result, SiteSettings? Settings, IReadOnlyDictionary<string, byte[]>? Files);
