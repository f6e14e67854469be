using System.Text.Encodings.Web;
using System.Text.Json;
using SiteGen.Configuration;
using SiteGen.Routing;

namespace SiteGen.Emit.OpenData;

/// <summary>
/// <c>datapackage.json</c> as the Frictionless Data Package standard (v1, tabular profile) describes it: the
/// package's name, title, licence and sources, and for each CSV its path, size, SHA-256 hash, dialect and
/// Table Schema (each column's name, type, meaning and whether it may be empty).
/// </summary>
public static class DataPackageJson
{
    /// <summary>Where the figures come from: a plan, with its page's address when the site has a base_url.</summary>
    public sealed record Source(string Title, string? Path);

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <param name="homepage">The page the package belongs to: its plan's overview, or the data page for the whole site's.</param>
    /// <param name="hashesLater">Writes each table's hash as zeros, of the same length: for the length of the descriptor before its tables' bytes are made.</param>
    public static byte[] Write(DataPackage package, string description, SiteSettings settings, PagePath homepage, IReadOnlyList<Source> sources, bool hashesLater = false)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("profile", "tabular-data-package");
            json.WriteString("name", package.Name);
            json.WriteString("title", package.Title);
            json.WriteString("description", description);
            if (settings.BaseUrl is { } baseUrl) json.WriteString("homepage", baseUrl + homepage.Address);
            if (settings.Licence is { } licence)
            {
                json.WriteStartArray("licenses");
                json.WriteStartObject();
                if (licence.Name is not null) json.WriteString("name", licence.Name);
                json.WriteString("path", licence.Url);
                json.WriteString("title", licence.Title);
                json.WriteEndObject();
                json.WriteEndArray();
            }

            json.WriteStartArray("sources");
            foreach (var source in sources)
            {
                json.WriteStartObject();
                json.WriteString("title", source.Title);
                if (source.Path is not null) json.WriteString("path", source.Path);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("resources");
            foreach (var resource in package.Resources) WriteResource(json, resource, package.Descriptor, hashesLater);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    private static void WriteResource(Utf8JsonWriter json, DataResource resource, PagePath descriptor, bool hashLater)
    {
        json.WriteStartObject();
        json.WriteString("profile", "tabular-data-resource");
        json.WriteString("name", resource.Name);
        json.WriteString("path", RelativeTo(descriptor, resource.Path));
        json.WriteString("title", resource.Title);
        json.WriteString("format", "csv");
        json.WriteString("mediatype", "text/csv");
        json.WriteString("encoding", "utf-8");
        json.WriteNumber("bytes", resource.Length);
        json.WriteString("hash", "sha256:" + (hashLater ? new string('0', 64) : resource.Hash));

        // What CsvFile writes: RFC 4180 with CRLF line ends and a header row.
        json.WriteStartObject("dialect");
        json.WriteString("delimiter", ",");
        json.WriteString("lineTerminator", "\r\n");
        json.WriteString("quoteChar", "\"");
        json.WriteBoolean("doubleQuote", true);
        json.WriteBoolean("header", true);
        json.WriteEndObject();

        json.WriteStartObject("schema");
        json.WriteStartArray("fields");
        foreach (var field in resource.Fields)
        {
            json.WriteStartObject();
            json.WriteString("name", field.Name);
            json.WriteString("type", TypeName(field.Type));
            json.WriteString("description", field.Description);
            if (field.Required)
            {
                json.WriteStartObject("constraints");
                json.WriteBoolean("required", true);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("missingValues");
        json.WriteStringValue(string.Empty);
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    public static string TypeName(FieldType type) => type switch
    {
        FieldType.Number => "number",
        FieldType.Integer => "integer",
        FieldType.Boolean => "boolean",
        FieldType.Date => "date",
        _ => "string",
    };

    /// <summary>A resource's path from its descriptor, which is always in the same folder.</summary>
    private static string RelativeTo(PagePath descriptor, PagePath file) =>
        file.Folder == descriptor.Folder ? file.File[file.Folder.Length..] : throw new InvalidOperationException($"{file} is not beside {descriptor}.");
}
