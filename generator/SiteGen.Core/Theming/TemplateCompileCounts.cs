namespace SiteGen.Theming;

/// <summary>Where a build's templates came from: compiled with SiteGen, found in the cache, or compiled now.</summary>
public readonly record struct TemplateCompileCounts(int Precompiled, int Cached, int Compiled);
