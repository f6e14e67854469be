using SiteGen.Schema;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen schema [--output DIR]</c>: writes a JSON Schema for each kind of YAML file, learnt from the
/// binders, into <c>schemas/</c> beside site.yml (or DIR). Content files name theirs on their first line,
/// so editors complete keys and underline mistakes as officers type.
/// </summary>
public static class SchemaCommand
{
    public static int Run(string config, string? output, TextWriter stdout)
    {
        var root = Path.GetDirectoryName(Path.GetFullPath(config))!;
        var folder = output is not null ? Path.GetFullPath(output) : Path.Combine(root, SchemaExport.DefaultFolder);
        var written = SchemaExport.WriteAll(folder);
        stdout.WriteLine($"Wrote {written.Count} schemas into {SiteGenCommand.Shown(folder)}/.");
        return SiteGenCommand.Success;
    }
}
