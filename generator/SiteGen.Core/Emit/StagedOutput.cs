using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SiteGen.Emit;

/// <summary>
/// Writes the site into a staging folder beside the output folder, then swaps it into place in one
/// move. Until <see cref="Commit"/> succeeds the existing output is untouched, so a failed build never
/// leaves a half-written site. Disposing without committing deletes the staging folder.
/// </summary>
public sealed class StagedOutput : ISiteOutput, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagedOutput(string outputFolder)
    {
        _output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output)!;
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $".{Path.GetFileName(_output)}.staging-{Environment.ProcessId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}");
        Directory.CreateDirectory(_staging);
    }

    public string StagingFolder => _staging;

    /// <summary>Writes a file under the staging folder. Safe to call from several threads for different paths.</summary>
    /// <remarks>
    /// A site is tens of thousands of small files in a few thousand folders, so each folder is created
    /// once rather than asked after for every file, and each file is written through a bare handle
    /// without a stream's buffer. CreateNew: two pages at one path is a bug, never last-one-wins.
    /// </remarks>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var full = Resolve(relativePath);
        var folder = Path.GetDirectoryName(full)!;
        if (_folders.TryAdd(folder, 0)) Directory.CreateDirectory(folder);
        using var file = File.OpenHandle(full, FileMode.CreateNew, FileAccess.Write, FileShare.None);
        RandomAccess.Write(file, content, fileOffset: 0);
    }

    public void Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Swaps the staged site in. The previous output is moved aside first and restored if the swap fails.</summary>
    public void Commit()
    {
        var previous = _staging + ".previous";
        var hadPrevious = Directory.Exists(_output);
        if (hadPrevious) Directory.Move(_output, previous);
        try
        {
            Directory.Move(_staging, _output);
        }
        catch
        {
            if (hadPrevious) Directory.Move(previous, _output);
            throw;
        }

        _committed = true;
        if (hadPrevious) TryDelete(previous);
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(_staging);
    }

    private string Resolve(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_staging, relativePath));
        if (!full.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write outside the output folder: {relativePath}");
        }

        return full;
    }

    private static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Left behind only if something else holds it open; it is hidden and named as staging.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
