namespace SiteGen.ViewModels;

/// <summary>
/// The open-data page: every data package of the site (the whole site's, then each plan's by council) with
/// each file's size, format and rows, and what each column of each kind of table means.
/// </summary>
[PageTemplate("data")]
public sealed record DataPageModel : PageModel
{
    /// <summary>The terms the figures may be reused on, when site.yml names them.</summary>
    public LicenceView? Licence { get; init; }

    /// <summary>The site's Atom feed of what changed, when it has one.</summary>
    public string? FeedHref { get; init; }

    /// <summary>The whole site's package, when the site has indicators.</summary>
    public DataPackageView? WholeSite { get; init; }

    public IReadOnlyList<DataPackageView> Plans { get; init; } = [];

    /// <summary>Each kind of table the packages hold, once, with its columns in the files' order.</summary>
    public IReadOnlyList<DataTableColumns> Tables { get; init; } = [];
}

public sealed record LicenceView(string Title, string Url);

/// <summary>
/// One data package: its <c>datapackage.json</c> and its CSV files. <see cref="Plan"/> and
/// <see cref="Council"/> are null for the whole site's. <see cref="Anchor"/> is its place on the data page,
/// which each plan's pages link to.
/// </summary>
public sealed record DataPackageView(string Anchor, string? Council, Link? Plan, DataFileView Descriptor, IReadOnlyList<DataFileView> Files);

public enum DataFileFormat
{
    Csv,
    DataPackage,
}

/// <param name="Table">What the file tabulates; null for the package's descriptor.</param>
/// <param name="Rows">Rows below the header row; 0 for the descriptor.</param>
public sealed record DataFileView(string Name, string Href, DataFileFormat Format, long Bytes, DataTableKind? Table, int Rows);

public enum DataTableKind
{
    Indicators,
    Actions,
    Risks,
    Budget,
    Progress,
    Definitions,
}

/// <summary>The columns of one kind of table, as its header row names them.</summary>
public sealed record DataTableColumns(DataTableKind Table, IReadOnlyList<DataColumnView> Columns);

public enum DataColumnType
{
    Text,
    Number,
    WholeNumber,
    TrueOrFalse,
    Date,
}

/// <param name="Name">The column's name in the file's header row: data, not a word, so the theme words its meaning by it.</param>
/// <param name="Required">Whether the column always has a value.</param>
public sealed record DataColumnView(string Name, DataColumnType Type, bool Required);
