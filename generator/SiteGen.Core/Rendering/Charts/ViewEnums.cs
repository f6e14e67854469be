namespace SiteGen.Rendering.Charts;

/// <summary>
/// The model's closed values as the chart views carry them. The view's enums have the model's member names
/// (a test checks every pair), so they map by name.
/// </summary>
internal static class ViewEnums
{
    public static ViewModels.Polarity Of(Polarity value) => ByName<Polarity, ViewModels.Polarity>.Map(value);

    public static ViewModels.Unit Of(Unit value) => ByName<Unit, ViewModels.Unit>.Map(value);

    public static ViewModels.PeriodKind Of(PeriodKind value) => ByName<PeriodKind, ViewModels.PeriodKind>.Map(value);

    public static ViewModels.ComparatorKind Of(ComparatorKind value) => ByName<ComparatorKind, ViewModels.ComparatorKind>.Map(value);

    public static ViewModels.SeriesChange Of(SeriesChange value) => ByName<SeriesChange, ViewModels.SeriesChange>.Map(value);

    private static class ByName<TFrom, TTo>
        where TFrom : struct, Enum
        where TTo : struct, Enum
    {
        private static readonly Dictionary<TFrom, TTo> Table = Enum.GetValues<TFrom>().ToDictionary(v => v, v => Enum.Parse<TTo>(v.ToString()));

        public static TTo Map(TFrom value) => Table[value];
    }
}
