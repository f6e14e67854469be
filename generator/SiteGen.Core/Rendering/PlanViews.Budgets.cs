using System.Globalization;
using SiteGen.Derivation;
using SiteGen.Rendering.Charts;
using SiteGen.Rendering.Pages;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>A plan's budget tables, every figure as printed.</summary>
public sealed partial class PlanViews
{
    public BudgetView Budget(BudgetTable t)
    {
        BudgetRow Row(BudgetLine line) => new(line.Reference, line.Name, t.Columns.Select(c => line.Values.TryGetValue(c.Id, out var f) ? f.Text : string.Empty).ToList(), line.Note);
        var columns = t.Columns.Select(c => new BudgetColumnView(c.Label, c.Year?.Label, c.Basis is { } basis ? ViewKinds.Of(basis) : null) { IsText = c.IsText }).ToList();
        var id = "budget-" + (Plan.Budgets.ToList().IndexOf(t) + 1).ToString(CultureInfo.InvariantCulture);
        return new BudgetView(id, t.Title, ViewKinds.Of(t.Kind), t.Unit, columns, t.Lines.Select(Row).ToList(), t.Total is null ? null : Row(t.Total), t.Notes, BudgetChartBuilder.Build(t, id + "-chart", id))
        {
            EditorNote = Markdown(t.EditorNote),
        };
    }
}
