namespace SiteGen.Configuration;

public enum LinkStyle
{
    /// <summary><c>objectives/1/</c>: clean addresses on any web server (the default).</summary>
    Folders,

    /// <summary><c>objectives/1/index.html</c>: for a site opened from disk without JavaScript.</summary>
    Files,
}
