namespace SiteGen.Emit.OpenData;

/// <summary>The Table Schema types SiteGen's tables use; every value of a column reads as its type, or is empty.</summary>
public enum FieldType
{
    String,
    Number,
    Integer,
    Boolean,

    /// <summary>A whole date, yyyy-mm-dd.</summary>
    Date,
}

/// <summary>
/// A column of a CSV download, as its data package describes it: its name in the header row, its type,
/// and what it means in words fixed here (a data package is read by people's own tools, like
/// <see cref="DataWords"/>). <paramref name="Required"/> columns are never empty.
/// </summary>
public sealed record DataField(string Name, FieldType Type, string Description, bool Required = false);
