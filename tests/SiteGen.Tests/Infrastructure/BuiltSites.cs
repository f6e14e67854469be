using SiteGen.Pipeline;
using SiteGen.Rendering;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

/// <summary>A copy of the repository's sample site (about 700 pages), built once for every test class in <see cref="BuiltSites"/>.</summary>
public sealed class BuiltSample : IAsyncLifetime
{
    public TempSite Site { get; } = TempSite.CopyOfSample();

    public string Output => Site.Path("_site");

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await Site.BuildAsync(Output);

    public Task DisposeAsync()
    {
        Site.Dispose();
        return Task.CompletedTask;
    }
}

/// <summary>The small fixture site of Fixtures/golden-site, built once for every test class in <see cref="BuiltSites"/>.</summary>
public sealed class BuiltGoldenSite : IAsyncLifetime
{
    public static string SettingsPath { get; } = Path.Combine(TempSite.GoldenSiteFolder, "site.yml");

    public string Output { get; } = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));

    public BuildResult Result { get; private set; } = null!;

    public async Task InitializeAsync() => Result = await SiteBuilder.BuildAsync(SettingsPath, Output);

    public Task DisposeAsync()
    {
        if (Directory.Exists(Output)) Directory.Delete(Output, recursive: true);
        return Task.CompletedTask;
    }
}

/// <summary>
/// The test classes that read a built site share one build of each: as class fixtures every class
/// built its own copy of the sample, seven builds of ~700 pages where one will do. The classes in the
/// collection run one after another, which costs far less than the builds it saves.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BuiltSites : ICollectionFixture<BuiltSample>, ICollectionFixture<BuiltGoldenSite>
{
    public const string Name = "Built sites";
}
