using System.Diagnostics;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

/// <summary>Runs a script under Node (on the machine image, and installed by .ci/run where missing). A missing Node fails the test rather than skipping it.</summary>
public static class Node
{
    public static string Run(string script, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sitegen-{Guid.NewGuid():N}.js");
        File.WriteAllText(file, script);
        try
        {
            var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add(file);
            foreach (var a in args) start.ArgumentList.Add(a);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail("Node is needed to test the search client against the generator: install it (apt-get install -y nodejs) and run the tests again.");
                throw;
            }

            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            Assert.True(process.WaitForExit(60_000), "node did not finish within a minute");
            Assert.True(process.ExitCode == 0, "node failed: " + error.Result);
            return output.Result;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
