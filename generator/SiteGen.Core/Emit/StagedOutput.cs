using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace SiteGen.Emit;

/// <summary>
/// Writes the site into a staging folder beside the output folder, then swaps it into place (<see cref="FolderSwap"/>).
/// Until <see cref="Commit"/> succeeds the existing output is untouched, so a failed build never leaves a
/// half-written site. Disposing without committing deletes the staging folder.
/// </summary>
/// <remarks>
/// A build killed before it can tidy up leaves its staging folder (or, after the swap, the old site under the
/// staging name) behind. Each build holds a lock on a file named after its staging folder for as long as it runs;
/// the next build removes every staging folder whose lock nobody holds, so litter never piles up, and a build
/// running at the same moment into the same folder is left alone. The operating system releases the lock of a
/// killed process. Staging folders and their lock files start with a dot and are ignored by the repository.
/// </remarks>
public sealed class StagedOutput : ISiteOutput, IDisposable
{
    private const string StagingMark = ".staging-";
    private const string LockSuffix = ".lock";
    private const string PreviousSuffix = ".previous";

    private readonly string _output;
    private readonly string _staging;
    private readonly FileStream _lock;
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    public StagedOutput(string outputFolder)
    {
        _output = Path.GetFullPath(outputFolder).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(_output)!;
        Directory.CreateDirectory(parent);
        _staging = Path.Combine(parent, $"{Prefix(_output)}{Environment.ProcessId}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(4))}");
        _lock = TryLock(_staging + LockSuffix) ?? throw new IOException($"Could not lock {_staging}{LockSuffix}");
        RemoveLeftovers();
        Directory.CreateDirectory(_staging);
    }

    public string StagingFolder => _staging;

    /// <summary>Writes a file under the staging folder. Safe to call from several threads for different paths.</summary>
    /// <remarks>
    /// A site is tens of thousands of small files in a few thousand folders, so each folder is created
    /// once rather than asked after for every file, and each file is written in one call without a stream's
    /// buffer (<see cref="NewFile"/>). A file is only ever created: two pages at one path is a bug, never last-one-wins.
    /// </remarks>
    public void Write(string relativePath, ReadOnlySpan<byte> content)
    {
        var full = Resolve(relativePath);
        var folder = Path.GetDirectoryName(full)!;
        // A folder is recorded only once it exists (two threads may both create it, harmlessly): the pages and the
        // files beside them are written at the same time, often into the same folder.
        if (!_folders.ContainsKey(folder)) _folders.GetOrAdd(folder, CreateFolder);
        NewFile.Write(full, content);
    }

    private static byte CreateFolder(string folder)
    {
        Directory.CreateDirectory(folder);
        return 0;
    }

    public void Write(string relativePath, string content) => Write(relativePath, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Swaps the staged site in, in one step where the system allows (<see cref="FolderSwap"/>); the old site is then deleted.</summary>
    public void Commit()
    {
        if (!Directory.Exists(_output))
        {
            Directory.Move(_staging, _output);
        }
        else if (FolderSwap.TryExchange(_staging, _output))
        {
            // The staging name now holds the old site.
            _committed = true;
            TryDelete(_staging);
            return;
        }
        else
        {
            // Two steps: the previous output is moved aside first, and restored if the second move fails.
            var previous = _staging + PreviousSuffix;
            Directory.Move(_output, previous);
            try
            {
                Directory.Move(_staging, _output);
            }
            catch
            {
                Directory.Move(previous, _output);
                throw;
            }

            _committed = true;
            TryDelete(previous);
            return;
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed) TryDelete(_staging);
        _lock.Dispose();
        TryDeleteFile(_staging + LockSuffix);
    }

    /// <summary>The name every staging folder of <paramref name="output"/> starts with: hidden, and saying what it is.</summary>
    private static string Prefix(string output) => $".{Path.GetFileName(output)}{StagingMark}";

    /// <summary>
    /// Removes what killed builds into the same output folder left: staging folders (with a new site half
    /// written, or the old site after a swap), folders moved aside by the two-step swap, and lock files, when the
    /// build they belonged to holds no lock on them any more.
    /// </summary>
    private void RemoveLeftovers()
    {
        var parent = Path.GetDirectoryName(_output)!;
        var prefix = Prefix(_output);
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*"))
        {
            var owner = folder.EndsWith(PreviousSuffix, StringComparison.Ordinal) ? folder[..^PreviousSuffix.Length] : folder;
            if (owner == _staging || !IsFree(owner + LockSuffix)) continue; // a build is running into this folder now
            TryDelete(folder);
            if (!Directory.Exists(owner)) TryDeleteFile(owner + LockSuffix);
        }

        foreach (var lockFile in Directory.EnumerateFiles(parent, prefix + "*" + LockSuffix))
        {
            var owner = lockFile[..^LockSuffix.Length];
            if (owner == _staging || Directory.Exists(owner) || Directory.Exists(owner + PreviousSuffix)) continue;
            if (IsFree(lockFile)) TryDeleteFile(lockFile);
        }
    }

    /// <summary>
    /// Whether no build holds the lock at <paramref name="path"/> (or there is none). Names are never reused, so
    /// the lock need not be kept while its folder is removed; released at once, the file can be deleted on Windows too.
    /// </summary>
    private static bool IsFree(string path)
    {
        using var taken = TryLock(path);
        return taken is not null;
    }

    /// <summary>
    /// Opens and locks <paramref name="path"/> for this process alone, creating it if need be; null when another
    /// process (or another build in this one) holds it. On Linux and macOS the lock is the system's advisory
    /// <c>flock</c>, which .NET takes for <see cref="FileShare.None"/>, and which dies with the process.
    /// </summary>
    private static FileStream? TryLock(string path)
    {
        try
        {
            return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
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
            // Left behind only if something else holds it open; the next build removes it.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void TryDeleteFile(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
