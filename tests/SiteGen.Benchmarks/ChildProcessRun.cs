using System.Diagnostics;
using System.Globalization;

namespace SiteGen.Benchmarks;

/// <summary>
/// One run of a separate process, measured from outside: wall time from start to exit, and peak
/// resident memory as the operating system accounts it (Linux <c>VmHWM</c>, the high-water mark of
/// the resident set, read from <c>/proc/PID/status</c> every few milliseconds until the process
/// exits; the mark only rises, so the last reading is the peak up to a few milliseconds before
/// exit). Where <c>/proc</c> is missing, <see cref="Process.PeakWorkingSet64"/> is used instead.
/// CPU time (user + system, all threads) is read from <c>/proc/PID/stat</c> the same way; on a busy
/// machine it says how much work the run was, where wall time also counts waiting for a core.
/// </summary>
public sealed record ChildProcessRun(int ExitCode, TimeSpan Wall, TimeSpan Cpu, long PeakBytes, string PeakSource, string StandardOutput, string StandardError)
{
    /// <summary>Of <see cref="Cpu"/>, the time in the program itself (utime)…</summary>
    public TimeSpan UserCpu { get; init; }

    /// <summary>…and in the kernel on its behalf (stime): creating and writing files, mostly.</summary>
    public TimeSpan SystemCpu { get; init; }

    public static ChildProcessRun Start(string fileName, IEnumerable<string> arguments, string workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["CI"] = "true"; // no progress bar
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {fileName}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var status = $"/proc/{process.Id}/status";
        var stat = $"/proc/{process.Id}/stat";
        long peak = 0;
        var cpu = (User: TimeSpan.Zero, System: TimeSpan.Zero);
        var fromProc = File.Exists(status);
        long fallback = 0;
        while (!process.WaitForExit(5))
        {
            peak = Math.Max(peak, ReadHighWaterMark(status));
            var now = ReadCpuTime(stat);
            if (now.User + now.System > cpu.User + cpu.System) cpu = now;
            try { fallback = Math.Max(fallback, process.PeakWorkingSet64); } catch (InvalidOperationException) { }
        }

        clock.Stop();
        process.WaitForExit();
        var run = fromProc && peak > 0
            ? new ChildProcessRun(process.ExitCode, clock.Elapsed, cpu.User + cpu.System, peak, "VmHWM", output.Result, error.Result)
            : new ChildProcessRun(process.ExitCode, clock.Elapsed, cpu.User + cpu.System, fallback, "PeakWorkingSet64", output.Result, error.Result);
        return run with { UserCpu = cpu.User, SystemCpu = cpu.System };
    }

    /// <summary>utime and stime (fields 14 and 15 of /proc/PID/stat, in clock ticks of 1/100 s), or zero once the process has gone.</summary>
    private static (TimeSpan User, TimeSpan System) ReadCpuTime(string stat)
    {
        try
        {
            var text = File.ReadAllText(stat);
            var fields = text[(text.LastIndexOf(')') + 2)..].Split(' ');
            return (
                TimeSpan.FromSeconds(long.Parse(fields[11], CultureInfo.InvariantCulture) / 100.0),
                TimeSpan.FromSeconds(long.Parse(fields[12], CultureInfo.InvariantCulture) / 100.0));
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        catch (FormatException) { }
        catch (ArgumentOutOfRangeException) { }
        catch (IndexOutOfRangeException) { }

        return (TimeSpan.Zero, TimeSpan.Zero);
    }

    /// <summary>The VmHWM line of /proc/PID/status in bytes, or 0 once the process has gone.</summary>
    private static long ReadHighWaterMark(string status)
    {
        try
        {
            foreach (var line in File.ReadLines(status))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kilobytes = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }

        return 0;
    }
}
