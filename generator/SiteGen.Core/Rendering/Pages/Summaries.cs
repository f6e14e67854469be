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

    /// <summary>A reported status in words, and the token of the <see cref="ProgressStatus"/> it counts as.</summary>
    public static (string Word, string Token) Status(RagStatus? status) => (status switch
    {
        RagStatus.Green => "Green: on track",
        RagStatus.Complete => "Complete",
        RagStatus.Amber => "Amber: at risk",
        RagStatus.Red => "Red: off track",
        RagStatus.NotStarted => "Not started",
        _ => "No data",
    }, Token(ProgressStatusRule.Of(status)));

    /// <summary>The name a theme's styles know a status by.</summary>
    public static string Token(ProgressStatus status) => status switch
    {
        ProgressStatus.OnTrack => "on-track",
        ProgressStatus.AtRisk => "at-risk",
        ProgressStatus.OffTrack => "off-track",
        _ => "no-data",
    };
}
