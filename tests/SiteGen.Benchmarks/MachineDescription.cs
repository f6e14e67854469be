using System.Runtime.InteropServices;

namespace SiteGen.Benchmarks;

/// <summary>The machine a benchmark ran on, read from the OS: cores, CPU model, memory, .NET, date.</summary>
public static class MachineDescription
{
    public static string Describe()
    {
        var cpu = ReadField("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadField("/proc/meminfo", "MemTotal");
        return $"Machine: {Environment.ProcessorCount} cores, {cpu}, {Gb(memory)} RAM, {RuntimeInformation.OSDescription}, " +
               $"{RuntimeInformation.FrameworkDescription}; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; load average {LoadAverage():F1} at start. Peak memory: VmHWM from /proc/PID/status, polled every 5 ms.";
    }

    /// <summary>The one-minute load average (runnable processes); above the core count, other work competes for the CPU.</summary>
    public static double LoadAverage() =>
        File.Exists("/proc/loadavg") && double.TryParse(File.ReadAllText("/proc/loadavg").Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : double.NaN;

    private static string Gb(string? memInfo) =>
        memInfo is not null && long.TryParse(memInfo.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture, out var kb)
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{kb / 1048576.0:F1} GB")
            : "unknown";

    private static string? ReadField(string file, string name)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        return line?[(line.IndexOf(':') + 1)..].Trim();
    }
}
