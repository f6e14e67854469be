namespace SiteGen.Rendering;

/// <summary>
/// A page of the site whose view model has not been built yet. The render workers build each one just
/// before rendering it, so a build holds the view models of the pages in flight, not of the whole site
/// (at 100 councils the whole page graph is 400 MB), and the building is spread over every core.
/// </summary>
public sealed class PendingPage(Func<PageToRender> build)
{
    public PageToRender Build() => build();
}
