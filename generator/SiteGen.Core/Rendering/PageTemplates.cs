using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>Which template of the theme renders each kind of page: <c>layouts/&lt;key&gt;.cshtml</c>, found through the theme chain.</summary>
public static class PageTemplates
{
    public static string For(PageModel model) => model switch
    {
        HomePageModel => "home",
        CouncilPageModel => "council",
        PlanPageModel => "plan",
        ObjectivePageModel => "objective",
        IndicatorPageModel => "indicator",
        IndicatorsIndexPageModel => "indicators",
        ActionsIndexPageModel => "actions",
        RiskRegisterPageModel => "risks",
        BudgetPageModel => "budget",
        ProgressPageModel => "progress",
        GlossaryPageModel => "glossary",
        ContentPageModel => "page",
        SearchPageModel => "search",
        NotFoundPageModel => "404",
        ComparisonPageModel => "comparison",
        _ => throw new NotSupportedException($"No template is registered for {model.GetType().Name}."),
    };

    /// <summary>Every page template, for checking that a theme chain has them all.</summary>
    public static readonly IReadOnlyList<string> All =
        ["home", "council", "plan", "objective", "indicator", "indicators", "actions", "risks", "budget", "progress", "glossary", "page", "search", "404", "comparison"];
}
