using System.Security.Cryptography;
using SiteGen.Routing;

namespace SiteGen.Emit.OpenData;

/// <summary>One CSV file of a data package: its columns and rows, and the bytes written for them.</summary>
public sealed class DataResource
{
    public DataResource(string name, string title, PagePath path, IReadOnlyList<DataField> fields, IEnumerable<IReadOnlyList<string?>> rows)
    {
        Name = name;
        Title = title;
        Path = path;
        Fields = fields;
        var list = rows.ToList();
        if (list.FirstOrDefault(r => r.Count != fields.Count) is { } wrong)
        {
            throw new InvalidOperationException($"A row of {name} has {wrong.Count} cells for {fields.Count} columns.");
        }

        Rows = list.Count;
        Content = CsvFile.Write(fields.Select(f => f.Name).ToList(), list);
        Hash = Convert.ToHexString(SHA256.HashData(Content)).ToLowerInvariant();
    }

    /// <summary>The resource's name in its package, which is also the file's name without <c>.csv</c>.</summary>
    public string Name { get; }

    public string Title { get; }

    public PagePath Path { get; }

    public IReadOnlyList<DataField> Fields { get; }

    /// <summary>Rows below the header.</summary>
    public int Rows { get; }

    public byte[] Content { get; }

    /// <summary>SHA-256 of <see cref="Content"/>, in lower-case hex, so a reuser can check a copy.</summary>
    public string Hash { get; }
}
