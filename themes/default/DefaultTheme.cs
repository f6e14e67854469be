using SiteGen.Themes.Default.Pages;
using SiteGen.ViewModels;

namespace SiteGen.Themes.Default;

/// <summary>The theme that ships: plain, GOV.UK-like, no web fonts, no scripts required.</summary>
public sealed class DefaultTheme : ITheme
{
    private static readonly Lazy<IReadOnlyList<ThemeAsset>> LoadedAssets = new(LoadAssets);

    public string Name => "default";

    public IReadOnlyList<ThemeAsset> Assets => LoadedAssets.Value;

    public Type PageComponent(Type viewModelType) => viewModelType switch
    {
        _ when viewModelType == typeof(HomePageModel) => typeof(HomePage),
        _ when viewModelType == typeof(CouncilPageModel) => typeof(CouncilPage),
        _ when viewModelType == typeof(PlanPageModel) => typeof(PlanPage),
        _ when viewModelType == typeof(ObjectivePageModel) => typeof(ObjectivePage),
        _ when viewModelType == typeof(IndicatorPageModel) => typeof(IndicatorPage),
        _ when viewModelType == typeof(IndicatorsIndexPageModel) => typeof(IndicatorsIndexPage),
        _ when viewModelType == typeof(ActionsIndexPageModel) => typeof(ActionsIndexPage),
        _ when viewModelType == typeof(RiskRegisterPageModel) => typeof(RiskRegisterPage),
        _ when viewModelType == typeof(BudgetPageModel) => typeof(BudgetPage),
        _ when viewModelType == typeof(ProgressPageModel) => typeof(ProgressPage),
        _ when viewModelType == typeof(GlossaryPageModel) => typeof(GlossaryPage),
        _ when viewModelType == typeof(ContentPageModel) => typeof(ContentPage),
        _ when viewModelType == typeof(SearchPageModel) => typeof(SearchPage),
        _ when viewModelType == typeof(NotFoundPageModel) => typeof(NotFoundPage),
        _ when viewModelType == typeof(ComparisonPageModel) => typeof(ComparisonPage),
        _ => throw new NotSupportedException($"The default theme has no page for {viewModelType.Name}."),
    };

    /// <summary>Assets are embedded in the assembly, so the theme works wherever the program runs.</summary>
    private static IReadOnlyList<ThemeAsset> LoadAssets()
    {
        var assembly = typeof(DefaultTheme).Assembly;
        const string prefix = "SiteGen.Themes.Default.assets.";
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var memory = new MemoryStream();
                stream.CopyTo(memory);
                return new ThemeAsset(n[prefix.Length..], memory.ToArray());
            })
            .ToList();
    }
}
