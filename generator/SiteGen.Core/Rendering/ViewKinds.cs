using SiteGen.Model;

namespace SiteGen.Rendering;

/// <summary>
/// The model's closed values, dates and people as the view models carry them. The view's enums have the
/// model's member names (a test checks every pair), so one mapping by name serves them all.
/// </summary>
public static class ViewKinds
{
    public static ViewModels.Unit Of(Unit value) => ByName<Unit, ViewModels.Unit>.Map(value);

    public static ViewModels.Polarity Of(Polarity value) => ByName<Polarity, ViewModels.Polarity>.Map(value);

    public static ViewModels.PeriodKind Of(PeriodKind value) => ByName<PeriodKind, ViewModels.PeriodKind>.Map(value);

    public static ViewModels.PlanStatus Of(PlanStatus value) => ByName<PlanStatus, ViewModels.PlanStatus>.Map(value);

    public static ViewModels.PlanRelationship Of(PlanRelationship value) => ByName<PlanRelationship, ViewModels.PlanRelationship>.Map(value);

    public static ViewModels.Nation Of(Nation value) => ByName<Nation, ViewModels.Nation>.Map(value);

    public static ViewModels.BudgetKind Of(BudgetKind value) => ByName<BudgetKind, ViewModels.BudgetKind>.Map(value);

    public static ViewModels.BudgetBasis Of(BudgetBasis value) => ByName<BudgetBasis, ViewModels.BudgetBasis>.Map(value);

    public static ViewModels.ComparatorKind Of(ComparatorKind value) => ByName<ComparatorKind, ViewModels.ComparatorKind>.Map(value);

    public static ViewModels.RagStatus Of(RagStatus value) => ByName<RagStatus, ViewModels.RagStatus>.Map(value);

    public static ViewModels.TargetResult Of(TargetResult value) => ByName<TargetResult, ViewModels.TargetResult>.Map(value);

    public static ViewModels.Direction Of(Direction value) => ByName<Direction, ViewModels.Direction>.Map(value);

    public static ViewModels.ProgressStatus Of(ProgressStatus value) => ByName<ProgressStatus, ViewModels.ProgressStatus>.Map(value);

    public static ViewModels.SeriesChange Of(SeriesChange value) => ByName<SeriesChange, ViewModels.SeriesChange>.Map(value);

    public static ViewModels.ProgressJudgement Of(Derivation.ProgressJudgement value) => ByName<Derivation.ProgressJudgement, ViewModels.ProgressJudgement>.Map(value);

    public static ViewModels.NotJudgedReason Of(Derivation.NotJudgedReason value) => ByName<Derivation.NotJudgedReason, ViewModels.NotJudgedReason>.Map(value);

    public static ViewModels.Position Of(Derivation.Position value) => ByName<Derivation.Position, ViewModels.Position>.Map(value);

    public static ViewModels.StandingBasis Of(Derivation.StandingBasis value) => ByName<Derivation.StandingBasis, ViewModels.StandingBasis>.Map(value);

    public static ViewModels.VerdictOn Of(Derivation.VerdictOn value) => ByName<Derivation.VerdictOn, ViewModels.VerdictOn>.Map(value);

    public static ViewModels.VerdictReading Of(Derivation.VerdictReading value) => ByName<Derivation.VerdictReading, ViewModels.VerdictReading>.Map(value);

    public static ViewModels.CountsOf Of(Derivation.CountsOf value) => ByName<Derivation.CountsOf, ViewModels.CountsOf>.Map(value);

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

    private static class ByName<TFrom, TTo>
        where TFrom : struct, Enum
        where TTo : struct, Enum
    {
        private static readonly Dictionary<TFrom, TTo> Table = Enum.GetValues<TFrom>().ToDictionary(v => v, v => Enum.Parse<TTo>(v.ToString()));

        public static TTo Map(TFrom value) => Table[value];
    }
}
