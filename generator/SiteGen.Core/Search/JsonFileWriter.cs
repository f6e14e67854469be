using System.Buffers;
using System.Text.Json;

namespace SiteGen.Search;

/// <summary>
/// Writes the index's JSON files straight to UTF-8 through one reused buffer and writer, rather than
/// building dictionaries for <see cref="JsonSerializer"/>. Same encoder, no indentation: the bytes are
/// those the serializer wrote with <see cref="SearchIndexFormat.JsonOptions"/>, which the client reads.
/// </summary>
internal sealed class JsonFileWriter
{
    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private readonly Utf8JsonWriter _writer;

    public JsonFileWriter() => _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = SearchIndexFormat.JsonOptions.Encoder });

    public byte[] Write(Action<Utf8JsonWriter> write)
    {
        _buffer.ResetWrittenCount();
        _writer.Reset(_buffer);
        write(_writer);
        _writer.Flush();
        return _buffer.WrittenSpan.ToArray();
    }

    /// <summary>Writes <c>"name":[…]</c>.</summary>
    public static void WriteArray(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
