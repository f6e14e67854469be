using System.Runtime.InteropServices;

namespace SiteGen.Emit;

/// <summary>
/// Creates a file that must not exist yet and writes its whole content, with as few calls into the system as it takes.
/// </summary>
/// <remarks>
/// A site is tens of thousands of small files, so what each one costs the kernel adds up. .NET's file handles take an
/// advisory lock on every file they open and ask where the file's end is: six calls per file (open, lock, seek,
/// write, unlock, close) where three do (open, write, close). On Linux the three are made directly; elsewhere .NET's
/// handle is used. Nothing else reads the staging folder while it is written, so the lock protected nothing.
/// </remarks>
internal static class NewFile
{
    // Linux's values (x86-64 and arm64 alike); other systems number these flags differently.
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Exclusive = 0x80;
    private const int CloseOnExec = 0x80000;
    private const int ReadWriteForAll = 0x1b6; // 0666, narrowed by the process's umask, as .NET does
    private const int Interrupted = 4; // EINTR

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open(string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint Write(int file, ref byte content, nint length);

    [DllImport("libc", EntryPoint = "close", SetLastError = true)]
    private static extern int Close(int file);

    private static bool _direct = OperatingSystem.IsLinux();

    /// <summary>Creates <paramref name="path"/> (its folder exists) holding <paramref name="content"/>; an existing file is an error.</summary>
    public static void Write(string path, ReadOnlySpan<byte> content)
    {
        if (!_direct || !TryWriteDirect(path, content))
        {
            using var file = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.None);
            RandomAccess.Write(file, content, fileOffset: 0);
        }
    }

    /// <summary>False, having changed nothing, where the C library cannot be called; the system's errors are thrown.</summary>
    private static bool TryWriteDirect(string path, ReadOnlySpan<byte> content)
    {
        int file;
        try
        {
            file = Open(path, WriteOnly | Create | Exclusive | CloseOnExec, ReadWriteForAll);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            _direct = false;
            return false;
        }

        if (file < 0) throw Failure(path, Marshal.GetLastPInvokeError());
        while (!content.IsEmpty)
        {
            var written = Write(file, ref MemoryMarshal.GetReference(content), content.Length);
            if (written < 0)
            {
                var error = Marshal.GetLastPInvokeError();
                if (error == Interrupted) continue;
                Close(file);
                throw Failure(path, error);
            }

            content = content[(int)written..];
        }

        // A file system that writes only on close (a network share) reports its errors here.
        if (Close(file) < 0) throw Failure(path, Marshal.GetLastPInvokeError());
        return true;
    }

    private static IOException Failure(string path, int error) =>
        new($"Could not write {path}: {Marshal.GetPInvokeErrorMessage(error)}", error);
}
