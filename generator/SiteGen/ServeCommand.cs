using System.CommandLine;
using Microsoft.AspNetCore.Connections;
using SiteGen.Cli.Preview;

namespace SiteGen.Cli;

/// <summary><c>sitegen serve [--port N] [--config site.yml]</c>: a live preview on 127.0.0.1 until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create(Option<string> config, Option<bool> verbose, TextWriter stdout, TextWriter stderr)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port to serve on (default {PreviewServer.DefaultPort}; 0 picks a free one).",
            DefaultValueFactory = _ => PreviewServer.DefaultPort,
        };
        port.Validators.Add(result =>
        {
            if (result.GetValue(port) is < 0 or > 65535) result.AddError("--port must be between 0 and 65535.");
        });

        var serve = new Command("serve", "Build the site, serve it on this computer, and rebuild and reload the page whenever the content changes.") { port, config };
        serve.SetAction((result, cancellation) => SiteGenCommand.Guard(stderr, result.GetValue(verbose), () => RunAsync(result.GetValue(config)!, result.GetValue(port), stdout, stderr, cancellation)));
        return serve;
    }

    private static async Task<int> RunAsync(string config, int port, TextWriter stdout, TextWriter stderr, CancellationToken stop)
    {
        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(config, port, stdout, stderr);
        }
        catch (Exception e) when (e is AddressInUseException || e.InnerException is AddressInUseException)
        {
            stderr.WriteLine($"Port {port} is already in use. Choose another with --port, or --port 0 for any free one.");
            return SiteGenCommand.ContentErrors;
        }

        await using (server)
        {
            stdout.WriteLine($"Previewing at {server.SiteAddress} (a copy is kept in {PreviewMirror.FolderName}/). Watching content, themes and site.yml; Ctrl+C stops.");
            try
            {
                await Task.Delay(Timeout.Infinite, stop);
            }
            catch (OperationCanceledException)
            {
                stdout.WriteLine("Stopped.");
            }
        }

        return SiteGenCommand.Success;
    }
}
