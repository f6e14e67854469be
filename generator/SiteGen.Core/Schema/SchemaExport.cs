namespace SiteGen.Schema;

/// <summary>The schemas of every YAML file kind, as written to <c>schemas/</c> by <c>sitegen schema</c>.</summary>
public static class SchemaExport
{
    /// <summary>Where content files point their editors, relative to the folder holding site.yml.</summary>
    public const string DefaultFolder = "schemas";

    public static IReadOnlyList<(SchemaKind Kind, string Json)> Generate() =>
        SchemaKinds.All.Select(k => (k, SchemaWriter.Write(k))).ToList();

    /// <summary>Writes every schema into <paramref name="folder"/>, creating it; returns the files written. Files written byte-identically each time.</summary>
    public static IReadOnlyList<string> WriteAll(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new List<string>();
        foreach (var (kind, json) in Generate())
        {
            var path = Path.Combine(folder, kind.FileName);
            File.WriteAllText(path, json, new System.Text.UTF8Encoding(false));
            written.Add(path);
        }

        return written;
    }

    /// <summary>The first line that points an editor at the schema, from a file at <paramref name="fileFolder"/> to the schemas folder.</summary>
    public static string EditorLine(SchemaKind kind, string fileFolder, string schemasFolder) =>
        $"# yaml-language-server: $schema={Path.GetRelativePath(fileFolder, Path.Combine(schemasFolder, kind.FileName)).Replace('\\', '/')}";
}
