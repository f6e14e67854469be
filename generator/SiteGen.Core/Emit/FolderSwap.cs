using System.Runtime.InteropServices;

namespace SiteGen.Emit;

/// <summary>
/// Puts a new folder where an old one is, so that anyone looking at the path — a web server, <c>aws s3 sync
/// --delete</c>, a person — sees the old folder or the new one, whole, and never nothing. On Linux this is one
/// step: <c>renameat2</c> with <c>RENAME_EXCHANGE</c> swaps the two names atomically (Linux 3.15, glibc 2.28;
/// ext4, xfs, btrfs, tmpfs and overlayfs support it). Where that is missing — another system, an old kernel, a
/// file system that refuses it — the old folder is moved aside and the new one moved in: two renames, a few
/// microseconds apart, during which the path is absent. Either way, a build killed at any moment leaves the
/// old site or the new one, never a mixture.
/// </summary>
internal static class FolderSwap
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    /// <summary>
    /// Swaps the names of two existing folders in one step; afterwards <paramref name="staging"/> holds what
    /// was at <paramref name="output"/>. False, with nothing changed, where the system cannot do it in one step.
    /// </summary>
    public static bool TryExchange(string staging, string output)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return RenameAt2(CurrentDirectory, staging, CurrentDirectory, output, Exchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            // A C library without renameat2 (glibc before 2.28, some others): the two-step swap is used.
            return false;
        }
    }
}
