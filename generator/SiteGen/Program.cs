using SiteGen.Cli;

return await SiteGenCommand.RunAsync(args, Console.Out, Console.Error);
