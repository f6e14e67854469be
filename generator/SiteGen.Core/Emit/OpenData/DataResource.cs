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
        var content = CsvFile.Write(fields.Select(f => f.Name).ToList(), list);
        Length = content.Length;
        _content = new(content);
        _hash = new(() => HashOf(Content));
    }

    private DataResource(string name, string title, PagePath path, IReadOnlyList<DataField> fields, int rows, long length, Func<byte[]> content)
    {
        Name = name;
        Title = title;
        Path = path;
        Fields = fields;
        Rows = rows;
        Length = length;
        _content = new(content, LazyThreadSafetyMode.ExecutionAndPublication);
        _hash = new(() => HashOf(Content), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    private readonly Lazy<byte[]> _content;
    private readonly Lazy<string> _hash;

    private static string HashOf(byte[] content) => Convert.ToHexString(SHA256.HashData(content)).ToLowerInvariant();

    /// <summary>
    /// One table of the rows of <paramref name="parts"/> (tables with <paramref name="fields"/>), in their order: the
    /// bytes each part wrote for its rows, after one header. A CSV writer quotes each cell by itself, so this is what
    /// writing every row again would give, without writing them: the whole site's table is made of the plans' tables,
    /// and on an edit only the edited plans' are written again.
    /// </summary>
    public static DataResource Joined(string name, string title, PagePath path, IReadOnlyList<DataField> fields, IEnumerable<DataResource> parts)
    {
        var header = CsvFile.Write(fields.Select(f => f.Name).ToList(), []);
        var list = parts.ToList();
        if (list.FirstOrDefault(p => !p.Content.AsSpan(0, header.Length).SequenceEqual(header)) is { } other) throw new InvalidOperationException($"{other.Path} does not have the columns of {path}.");
        var length = header.Length + list.Sum(p => p.Length - header.Length);
        byte[] Join()
        {
            var content = new byte[length];
            header.CopyTo(content, 0);
            var at = header.Length;
            foreach (var part in list)
            {
                part.Content.AsSpan(header.Length).CopyTo(content.AsSpan(at));
                at += part.Content.Length - header.Length;
            }

            return content;
        }

        return new DataResource(name, title, path, fields, list.Sum(p => p.Rows), length, Join);
    }

    /// <summary>The resource's name in its package, which is also the file's name without <c>.csv</c>.</summary>
    public string Name { get; }

    public string Title { get; }

    public PagePath Path { get; }

    public IReadOnlyList<DataField> Fields { get; }

    /// <summary>Rows below the header.</summary>
    public int Rows { get; }

    /// <remarks>A joined table's bytes are made when first asked for: its length is known before, which is all the pages need.</remarks>
    public byte[] Content => _content.Value;

    /// <summary>The length of <see cref="Content"/> in bytes.</summary>
    public long Length { get; }

    /// <summary>SHA-256 of <see cref="Content"/>, in lower-case hex, so a reuser can check a copy.</summary>
    public string Hash => _hash.Value;
}
