using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.ViewModels;

namespace SiteGen.Rendering.Pages;

/// <summary>Small conversions several page builders share.</summary>
public static class Summaries
{
    public static StatusSummary Of(StatusCounts c) => new(c.OnTrack, c.AtRisk, c.OffTrack, c.NoData);

    public static TextTable Table(DataTable t) => new("table-" + Routes.Slug(t.Id), t.Title, t.Columns, t.Rows, t.Notes);

    public static IReadOnlyList<LabelledText> Glossary(Plan plan) =>
        plan.Glossary.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase).Select(g => new LabelledText(g.Term, g.Meaning)).ToList();

    public static (string Word, string Token) Status(RagStatus? status) => status switch
    {
        RagStatus.Green => ("Green: on track", "on-track"),
        RagStatus.Complete => ("Complete", "on-track"),
        RagStatus.Amber => ("Amber: at risk", "at-risk"),
        RagStatus.Red => ("Red: off track", "off-track"),
        RagStatus.NotStarted => ("Not started", "no-data"),
        _ => ("No data", "no-data"),
    };
}
