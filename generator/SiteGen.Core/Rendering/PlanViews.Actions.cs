using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Rendering.Charts;
using SiteGen.Rendering.Pages;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>A plan's actions as readers see them, with their leads, tags, progress and where child plans take them forward.</summary>
public sealed partial class PlanViews
{
    /// <summary>A tag with its meaning from the plan's tag lists: "M3" (Early years).</summary>
    private TagView Tag(string code) => new(code, _tagMeanings.GetValueOrDefault(code));

    public ActionView Action(PlanAction action, PagePath from) => new(
        _routes.ActionAnchor(Plan, action),
        action.Reference,
        action.Area,
        action.Description,
        action.Timescale,
        action.Due is { } due ? ViewKinds.Of(due) : null,
        Officers(action.Leads),
        Officer(action.Accountable),
        action.Partners,
        action.Indicators
            .Select(r => _references.Indicator(r.Value) is { } i ? new IndicatorLink(r.Value, _site.Href(from, IndicatorPath(i))) : null)
            .OfType<IndicatorLink>()
            .ToList(),
        action.Tags.Select(Tag).ToList(),
        action.SubActions
            .Select(s => new SubActionView(s.Reference, s.Description, s.Timescale, Officers(s.Leads))
            {
                Start = s.Start is { } start ? ViewKinds.Of(start) : null,
                Due = s.Due is { } due ? ViewKinds.Of(due) : null,
            })
            .ToList(),
        action.Progress.Select(p => new ProgressEntryView(p.Period.Label, p.Status is { } status ? ViewKinds.Of(status) : null, p.Percent?.Text, p.Commentary)).ToList())
    {
        TakenForwardIn = _site.Facts.Chain.TakenForwardIn(Plan, action)
            .Select(x => new TakenForwardView(x.Plan.Title, NameOf(x.Objective), _site.Href(from, _routes.Objective(x.Plan, x.Objective))))
            .ToList(),
        Reported = _site.Facts.ActionStandings[action].Reported is { } reported ? Reported(reported, from) : null,
        Start = action.Start is { } start ? ViewKinds.Of(start) : null,
        EditorNote = Markdown(action.EditorNote),
    };
}
