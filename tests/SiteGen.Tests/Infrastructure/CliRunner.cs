using SiteGen.Cli;

namespace SiteGen.Tests.Infrastructure;

/// <summary>The real command line, in process, with what it prints captured.</summary>
public static class CliRunner
{
    /// <summary>Runs <c>sitegen</c> with <paramref name="args"/>; returns its exit code and what it wrote to stdout and stderr.</summary>
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await SiteGenCommand.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
