using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>A node of the page graph: where the page goes and the view model it is rendered from.</summary>
public sealed record PageToRender(PagePath Path, PageModel Model);
