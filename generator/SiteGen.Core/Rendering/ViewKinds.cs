using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// The model's closed values, dates and people as the view models carry them. The view's enums have the
/// model's member names (a test checks every pair), so one mapping by name serves them all.
/// </summary>
public static class ViewKinds
{
    private static readonly int[] UnitTable = Table(typeof(Unit), typeof(ViewModels.Unit));
    private static readonly int[] PolarityTable = Table(typeof(Polarity), typeof(ViewModels.Polarity));
    private static readonly int[] PeriodKindTable = Table(typeof(PeriodKind), typeof(ViewModels.PeriodKind));
    private static readonly int[] PlanStatusTable = Table(typeof(PlanStatus), typeof(ViewModels.PlanStatus));
    private static readonly int[] PlanRelationshipTable = Table(typeof(PlanRelationship), typeof(ViewModels.PlanRelationship));
    private static readonly int[] NationTable = Table(typeof(Nation), typeof(ViewModels.Nation));
    private static readonly int[] BudgetKindTable = Table(typeof(BudgetKind), typeof(ViewModels.BudgetKind));
    private static readonly int[] BudgetBasisTable = Table(typeof(BudgetBasis), typeof(ViewModels.BudgetBasis));
    private static readonly int[] ComparatorKindTable = Table(typeof(ComparatorKind), typeof(ViewModels.ComparatorKind));
    private static readonly int[] RagStatusTable = Table(typeof(RagStatus), typeof(ViewModels.RagStatus));
    private static readonly int[] TargetResultTable = Table(typeof(TargetResult), typeof(ViewModels.TargetResult));
    private static readonly int[] DirectionTable = Table(typeof(Direction), typeof(ViewModels.Direction));
    private static readonly int[] ProgressStatusTable = Table(typeof(ProgressStatus), typeof(ViewModels.ProgressStatus));
    private static readonly int[] SeriesChangeTable = Table(typeof(SeriesChange), typeof(ViewModels.SeriesChange));
    private static readonly int[] ProgressJudgementTable = Table(typeof(Derivation.ProgressJudgement), typeof(ViewModels.ProgressJudgement));
    private static readonly int[] NotJudgedReasonTable = Table(typeof(Derivation.NotJudgedReason), typeof(ViewModels.NotJudgedReason));
    private static readonly int[] PositionTable = Table(typeof(Derivation.Position), typeof(ViewModels.Position));
    private static readonly int[] StandingBasisTable = Table(typeof(Derivation.StandingBasis), typeof(ViewModels.StandingBasis));
    private static readonly int[] VerdictOnTable = Table(typeof(Derivation.VerdictOn), typeof(ViewModels.VerdictOn));
    private static readonly int[] VerdictReadingTable = Table(typeof(Derivation.VerdictReading), typeof(ViewModels.VerdictReading));
    private static readonly int[] CountsOfTable = Table(typeof(Derivation.CountsOf), typeof(ViewModels.CountsOf));

    public static ViewModels.Unit Of(Unit value) => (ViewModels.Unit)UnitTable[(int)value];

    public static ViewModels.Polarity Of(Polarity value) => (ViewModels.Polarity)PolarityTable[(int)value];

    public static ViewModels.PeriodKind Of(PeriodKind value) => (ViewModels.PeriodKind)PeriodKindTable[(int)value];

    public static ViewModels.PlanStatus Of(PlanStatus value) => (ViewModels.PlanStatus)PlanStatusTable[(int)value];

    public static ViewModels.PlanRelationship Of(PlanRelationship value) => (ViewModels.PlanRelationship)PlanRelationshipTable[(int)value];

    public static ViewModels.Nation Of(Nation value) => (ViewModels.Nation)NationTable[(int)value];

    public static ViewModels.BudgetKind Of(BudgetKind value) => (ViewModels.BudgetKind)BudgetKindTable[(int)value];

    public static ViewModels.BudgetBasis Of(BudgetBasis value) => (ViewModels.BudgetBasis)BudgetBasisTable[(int)value];

    public static ViewModels.ComparatorKind Of(ComparatorKind value) => (ViewModels.ComparatorKind)ComparatorKindTable[(int)value];

    public static ViewModels.RagStatus Of(RagStatus value) => (ViewModels.RagStatus)RagStatusTable[(int)value];

    public static ViewModels.TargetResult Of(TargetResult value) => (ViewModels.TargetResult)TargetResultTable[(int)value];

    public static ViewModels.Direction Of(Direction value) => (ViewModels.Direction)DirectionTable[(int)value];

    public static ViewModels.ProgressStatus Of(ProgressStatus value) => (ViewModels.ProgressStatus)ProgressStatusTable[(int)value];

    public static ViewModels.SeriesChange Of(SeriesChange value) => (ViewModels.SeriesChange)SeriesChangeTable[(int)value];

    public static ViewModels.ProgressJudgement Of(Derivation.ProgressJudgement value) => (ViewModels.ProgressJudgement)ProgressJudgementTable[(int)value];

    public static ViewModels.NotJudgedReason Of(Derivation.NotJudgedReason value) => (ViewModels.NotJudgedReason)NotJudgedReasonTable[(int)value];

    public static ViewModels.Position Of(Derivation.Position value) => (ViewModels.Position)PositionTable[(int)value];

    public static ViewModels.StandingBasis Of(Derivation.StandingBasis value) => (ViewModels.StandingBasis)StandingBasisTable[(int)value];

    public static ViewModels.VerdictOn Of(Derivation.VerdictOn value) => (ViewModels.VerdictOn)VerdictOnTable[(int)value];

    public static ViewModels.VerdictReading Of(Derivation.VerdictReading value) => (ViewModels.VerdictReading)VerdictReadingTable[(int)value];

    public static ViewModels.CountsOf Of(Derivation.CountsOf value) => (ViewModels.CountsOf)CountsOfTable[(int)value];

    public static ViewModels.DateValue Of(PartialDate date) => new(date.Year, date.Month, date.Day);

    public static ViewModels.ContactView Of(Contact contact) => new(contact.Name, contact.Role, contact.Email, contact.Phone, contact.Address);

    /// <summary>Every pair of mirrored enums, for the test that their names match.</summary>
    public static IEnumerable<(Type Model, Type View)> Pairs =>
    [
        (typeof(Unit), typeof(ViewModels.Unit)), (typeof(Polarity), typeof(ViewModels.Polarity)), (typeof(PeriodKind), typeof(ViewModels.PeriodKind)),
        (typeof(PlanStatus), typeof(ViewModels.PlanStatus)), (typeof(PlanRelationship), typeof(ViewModels.PlanRelationship)), (typeof(Nation), typeof(ViewModels.Nation)),
        (typeof(BudgetKind), typeof(ViewModels.BudgetKind)), (typeof(BudgetBasis), typeof(ViewModels.BudgetBasis)), (typeof(ComparatorKind), typeof(ViewModels.ComparatorKind)),
        (typeof(RagStatus), typeof(ViewModels.RagStatus)), (typeof(TargetResult), typeof(ViewModels.TargetResult)), (typeof(Direction), typeof(ViewModels.Direction)),
        (typeof(ProgressStatus), typeof(ViewModels.ProgressStatus)), (typeof(SeriesChange), typeof(ViewModels.SeriesChange)),
        (typeof(Derivation.ProgressJudgement), typeof(ViewModels.ProgressJudgement)), (typeof(Derivation.NotJudgedReason), typeof(ViewModels.NotJudgedReason)),
        (typeof(Derivation.Position), typeof(ViewModels.Position)), (typeof(Derivation.StandingBasis), typeof(ViewModels.StandingBasis)),
        (typeof(Derivation.VerdictOn), typeof(ViewModels.VerdictOn)), (typeof(Derivation.VerdictReading), typeof(ViewModels.VerdictReading)),
        (typeof(Derivation.CountsOf), typeof(ViewModels.CountsOf)),
    ];

    /// <summary>
    /// Each model value's view value, by number, matched by name. Plain arrays, not a generic class over the two enums:
    /// an enum of another assembly as a type argument cannot be compiled ahead of time, and the twenty pairs cost
    /// about three hundred methods compiled at every start.
    /// </summary>
    private static int[] Table(Type model, Type view)
    {
        static int Number(Type type, string name) => Convert.ToInt32(Enum.Parse(type, name), System.Globalization.CultureInfo.InvariantCulture);
        var names = Enum.GetNames(model);
        var table = new int[names.Length == 0 ? 0 : names.Max(n => Number(model, n)) + 1];
        foreach (var name in names) table[Number(model, name)] = Number(view, name);
        return table;
    }
}
