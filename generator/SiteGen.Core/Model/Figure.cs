namespace SiteGen.Model;

/// <summary>
/// A value exactly as the plan prints it (<c>55.2%</c>, <c>£78.94</c>, <c>New indicator</c>), with the
/// number read from it where there is one. Text that is not a number is kept, never coerced to zero.
/// A split value (boys / girls) has named parts instead of one number.
/// </summary>
public sealed record Figure(string Text, decimal? Number, IReadOnlyList<FigurePart> Parts)
{
    /// <summary>
    /// A split figure's printed form ("G 61.4 B 49.6"), when the content gives it; <see cref="Text"/> is then that
    /// form, and the named parts say what it means.
    /// </summary>
    public string? Printed { get; init; }

    public bool IsNumber => Number is not null;

    public bool IsSplit => Parts.Count > 0;

    public override string ToString() => Text;
}

public sealed record FigurePart(string Name, Figure Value);
