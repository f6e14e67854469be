using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>Small conversions several page builders share.</summary>
public static class Summaries
{
    public static StatusSummary Of(StatusCounts c) => new(c.OnTrack, c.AtRisk, c.OffTrack, c.NoData);

    public static TextTable Table(DataTable t) => new("table-" + Slug.Of(t.Id), t.Title, t.Columns, t.Rows, t.Notes);

    public static IReadOnlyList<LabelledText> Glossary(Plan plan) =>
        plan.Glossary.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase).Select(g => new LabelledText(g.Term, g.Meaning)).ToList();
}
