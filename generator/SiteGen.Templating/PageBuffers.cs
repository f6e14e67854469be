namespace SiteGen.Templating;

/// <summary>
/// The buffers one renderer writes a page's template and its layouts into, one per level (the page, its layout, a
/// layout's layout …), kept from page to page: after the first pages each holds a page's worth of characters, and
/// a page allocates none.
/// </summary>
internal sealed class PageBuffers
{
    private readonly List<StringWriter> _levels = [];

    /// <summary>The buffer of <paramref name="level"/> (0 for the page's own template), emptied.</summary>
    public StringWriter Take(int level)
    {
        while (_levels.Count <= level) _levels.Add(new StringWriter(System.Globalization.CultureInfo.InvariantCulture));
        var writer = _levels[level];
        writer.GetStringBuilder().Clear();
        return writer;
    }
}
