using System.Collections.Concurrent;

namespace SiteGen.Emit;

/// <summary>
/// A whole site held in memory, keyed by site-relative path. <c>sitegen serve</c> builds into it so a
/// build with errors never disturbs the site being served, and so it can compare each file with the
/// previous build before touching the disk.
/// </summary>
public sealed class MemoryOutput : ISiteOutput
{
    private readonly ConcurrentDictionary<string, byte[]> _files;

    /// <param name="expected">About how many files will be written (serve passes the previous build's page count): a rebuild of 23,000 pages otherwise grows the table a dozen times, locking it each time.</param>
    public MemoryOutput(int expected = 0) =>
        _files = new ConcurrentDictionary<string, byte[]>(Environment.ProcessorCount, Math.Max(31, expected + expected / 8), StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string relativePath, ReadOnlySpan<byte> content) => Write(relativePath, content.ToArray());

    /// <remarks>
    /// Kept, not copied: a page <c>serve</c> did not need to rebuild is the very array of the previous
    /// build, so comparing the two builds costs nothing for it.
    /// </remarks>
    public void Write(string relativePath, byte[] content)
    {
        // The same refusal as the staging folder's FileMode.CreateNew: two pages at one path is a bug, not a last-one-wins.
        if (!_files.TryAdd(relativePath.Replace('\\', '/'), content))
        {
            throw new InvalidOperationException($"Two files were written at the same path: {relativePath}");
        }
    }
}
