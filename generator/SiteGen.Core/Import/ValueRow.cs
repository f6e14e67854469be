using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Import;

/// <summary>The figure a series value receives: what happened, what was expected part-way, or what was aimed for.</summary>
public enum ValueField
{
    Actual,
    Estimate,
    Target,
}

/// <summary>
/// One line of an officer's spreadsheet: a figure for one indicator, period and field. <see cref="Value"/>
/// is the text as typed (kept as printed, like every figure); <see cref="Location"/> is the CSV line.
/// </summary>
public sealed record ValueRow(string Reference, string? Plan, Period Period, ValueField Field, string Value, SourceLocation Location)
{
    /// <summary>Where the value's own cell is, for a message about the figure.</summary>
    public SourceLocation? ValueLocation { get; init; }

    public static string FieldKey(ValueField field) => field switch
    {
        ValueField.Actual => "actual",
        ValueField.Estimate => "estimate",
        _ => "target",
    };
}
