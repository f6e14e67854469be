using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>What every page builder shares: the derived site, the settings, how links are made, and each plan's views.</summary>
public sealed class SiteContext
{
    private readonly IReadOnlyList<string> _stylesheets;
    private readonly IReadOnlyList<string> _scripts;

    public SiteContext(SiteFacts facts, SiteSettings settings, IReadOnlyList<string> stylesheets, IReadOnlyList<string> scripts)
    {
        Facts = facts;
        Settings = settings;
        Linker = new Linker(settings.LinkStyle);
        _stylesheets = stylesheets;
        _scripts = scripts;
        Organisations = facts.Site.Organisations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        Chain = new PlanChain(facts.Site.Plans);
        Comparisons = new Comparisons(this);
        var plans = new Dictionary<Plan, PlanViews>(ReferenceEqualityComparer.Instance);
        foreach (var plan in facts.Site.Plans) plans[plan] = new PlanViews(this, plan, Organisations.GetValueOrDefault(plan.Organisation.Value));
        Plans = plans;
    }

    public SiteFacts Facts { get; }

    public SiteSettings Settings { get; }

    public Linker Linker { get; }

    public IReadOnlyDictionary<string, Organisation> Organisations { get; }

    public IReadOnlyDictionary<Plan, PlanViews> Plans { get; }

    public PlanChain Chain { get; }

    public Comparisons Comparisons { get; }

    public string Href(string from, string to) => Linker.Href(from, to);

    public SiteChrome Chrome(string path)
    {
        var root = Routes.RootFrom(path);
        return new SiteChrome(
            Settings.Title,
            Settings.Language,
            Href(path, Routes.Home),
            Settings.Search.Enabled ? Href(path, Routes.Search) : null,
            Facts.Site.Pages.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => new Link(p.Title, Href(path, Routes.Page(p)))).ToList(),
            _stylesheets.Select(s => root + s).ToList(),
            _scripts.Select(s => root + s).ToList());
    }

    public string? Canonical(string path) =>
        Settings.BaseUrl is null ? null : Settings.BaseUrl + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    public Link HomeCrumb(string from) => new("Home", Href(from, Routes.Home));

    public Link CouncilCrumb(string from, Plan plan) =>
        new(Organisations.GetValueOrDefault(plan.Organisation.Value)?.DisplayName ?? plan.Organisation.Value, Href(from, Routes.Council(plan.Organisation.Value)));
}
