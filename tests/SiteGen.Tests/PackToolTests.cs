using System.Diagnostics;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The <c>sitegen</c> command officers and CI install, as the README says to install it: the CLI packed as a
/// .NET tool into <c>artifacts/</c>, installed with <c>dotnet tool install</c> and the repository's
/// <c>install.nuget.config</c> (the package alone, no other source; an empty package cache), then run by its name. It must answer <c>--help</c> and build the sample site, which also proves
/// the package holds everything the build needs (themes, their files, every library).
/// </summary>
public sealed class PackToolTests
{
    [Fact]
    public async Task The_packed_tool_installs_as_sitegen_and_builds_the_sample_site()
    {
        var work = Path.Combine(Path.GetTempPath(), "sitegen-tests", "tool-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(work);
        try
        {
            // The repository's layout in small: artifacts/ beside generator/SiteGen/install.nuget.config, which names it.
            var packages = Path.Combine(work, "artifacts");
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name; // bin/<configuration>/net10.0/
            var project = RepositoryRoot.Combine("generator", "SiteGen", "SiteGen.csproj");
            await RunAsync(Dotnet(), ["pack", project, "--no-build", "-c", configuration, "-o", packages, "-p:PublishDir=" + Path.Combine(work, "publish") + "/"], work);
            Assert.Single(Directory.GetFiles(packages, "SiteGen.*.nupkg"));

            // Only the package just made (and a package cache of its own, so no earlier copy is used).
            var nugetConfig = Path.Combine(work, "generator", "SiteGen", "install.nuget.config");
            Directory.CreateDirectory(Path.GetDirectoryName(nugetConfig)!);
            File.Copy(RepositoryRoot.Combine("generator", "SiteGen", "install.nuget.config"), nugetConfig);
            var tools = Path.Combine(work, "tools");
            var install = await RunAsync(Dotnet(), ["tool", "install", "SiteGen", "--tool-path", tools, "--configfile", nugetConfig], work);
            Assert.Contains("sitegen", install);

            var sitegen = Path.Combine(tools, OperatingSystem.IsWindows() ? "sitegen.exe" : "sitegen");
            var help = await RunAsync(sitegen, ["--help"], work);
            Assert.Contains("build", help);
            Assert.Contains("validate", help);

            using var site = TempSite.CopyOfSample();
            var output = Path.Combine(work, "site");
            var built = await RunAsync(sitegen, ["build", "--config", site.SettingsPath, "--output", output], work);
            Assert.Contains("Built ", built);
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
            Assert.NotEmpty(Directory.GetFiles(Path.Combine(output, "assets"), "*.css"));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Dotnet() =>
        Environment.ProcessPath is { } path && Path.GetFileNameWithoutExtension(path) == "dotnet" ? path : "dotnet";

    /// <summary>Runs a program to its end; fails the test with its output unless it exits 0; returns what it printed.</summary>
    private static async Task<string> RunAsync(string program, string[] arguments, string folder)
    {
        var start = new ProcessStartInfo(program, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["NUGET_PACKAGES"] = Path.Combine(folder, "nuget-cache");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["CI"] = "true";

        // An installed tool finds the runtime through DOTNET_ROOT when dotnet is not where the system keeps it.
        if (Path.GetDirectoryName(Path.GetFullPath(ResolveLink(Dotnet()))) is { } root && File.Exists(Path.Combine(root, OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")))
        {
            start.Environment["DOTNET_ROOT"] = root;
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var printed = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(program)} {string.Join(' ', arguments)} exited {process.ExitCode}:\n{printed}");
        return printed;
    }

    private static string ResolveLink(string program)
    {
        var path = Path.IsPathRooted(program) ? program : (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator).Select(p => Path.Combine(p, program)).FirstOrDefault(File.Exists) ?? program;
        return File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
    }
}
