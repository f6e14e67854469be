namespace SiteGen.Emit;

/// <summary>Where the pipeline writes a site: the staged output folder for <c>build</c>, memory for <c>serve</c>.</summary>
public interface ISiteOutput
{
    /// <summary>Writes one file at a site-relative path (forward slashes). Safe to call from several threads for different paths.</summary>
    void Write(string relativePath, ReadOnlySpan<byte> content);

    /// <summary>The same for bytes the caller will never change, which an output in memory may keep instead of copying.</summary>
    void Write(string relativePath, byte[] content) => Write(relativePath, content.AsSpan());
}
