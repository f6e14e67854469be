namespace SiteGen.Routing;

/// <summary>
/// Where a page or file of the site lives, relative to the site root. Most pages are a folder's
/// <c>index.html</c>, so their address is the folder itself and works on any server without rewrites;
/// a few things are files of their own (<c>404.html</c>, an indicator's CSV). This is the one place
/// that knows a folder's page is written as <c>index.html</c> and linked without it.
/// </summary>
/// <remarks>A <c>default</c> value is the home page. The folder is stored with its trailing slash, or null at the root, so two equal paths are always equal values.</remarks>
public readonly record struct PagePath
{
    private const string IndexFile = "index.html";

    private readonly string? _folder;
    private readonly string? _file;

    private PagePath(string folder, string? file)
    {
        _folder = folder.Length == 0 ? null : folder.EndsWith('/') ? folder : folder + "/";
        _file = file == IndexFile ? null : file;
    }

    /// <summary>The site's home page.</summary>
    public static PagePath Root => default;

    /// <summary>The page of a folder (<c>a/b</c> is written to <c>a/b/index.html</c> and linked as <c>a/b/</c>).</summary>
    public static PagePath ForFolder(string folder) => new(folder, null);

    /// <summary>A file of its own in a folder (<c>""</c> for the root).</summary>
    public static PagePath ForFile(string folder, string name) => new(folder, name);

    /// <summary>A site-relative address as a link or a request gives it: ending in <c>/</c> (or empty) for a folder's page, otherwise a file.</summary>
    public static PagePath FromAddress(string address)
    {
        var slash = address.LastIndexOf('/');
        return new PagePath(address[..(slash + 1)], slash == address.Length - 1 ? null : address[(slash + 1)..]);
    }

    /// <summary>The folder, with its trailing slash; empty at the root.</summary>
    public string Folder => _folder ?? string.Empty;

    /// <summary>The file written, relative to the site root: <c>a/b/index.html</c>, <c>404.html</c>.</summary>
    public string File => Folder + (_file ?? IndexFile);

    /// <summary>The address readers see and clean links use: <c>a/b/</c> for a folder's page (empty for home), the file itself otherwise.</summary>
    public string Address => _file is null ? Folder : Folder + _file;

    /// <summary>The relative path from this page back to the site root: empty at the root, <c>../../</c> two folders down.</summary>
    public string ToRoot
    {
        get
        {
            var depth = Folder.Count(c => c == '/');
            return depth == 0 ? string.Empty : string.Concat(Enumerable.Repeat("../", depth));
        }
    }

    public override string ToString() => File;
}
