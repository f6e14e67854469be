using System.Text;
using CsvHelper;
using SiteGen.Model;

namespace SiteGen.Emit;

/// <summary>
/// A CSV download as RFC 4180 writes it (CsvHelper: CRLF line ends, quotes only where a field needs them),
/// safe to open in a spreadsheet: a cell a spreadsheet would run as a formula gets a leading apostrophe.
/// CsvHelper does that for cells starting with <c>=</c>, <c>@</c>, a tab or a carriage return. A cell starting
/// with <c>+</c> or <c>-</c> is protected here, because only SiteGen can tell a printed figure (-29.6%, +3),
/// which a spreadsheet reads as the number it is and which stays as printed, from text such as -cmd|….
/// </summary>
public static class CsvFile
{
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        InjectionCharacters = "=@\t\r",
        ValidateFieldCount = true,
    };

    /// <summary>The file's UTF-8 bytes (no byte-order mark): the header, then one line per row; a null cell is empty.</summary>
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, leaveOpen: true))
        {
            csv.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                foreach (var cell in row) csv.WriteField(Protected(cell));

                csv.EndRecord();
            }
        }

        return stream.ToArray();
    }

    public static string Text(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows) => Encoding.UTF8.GetString(Write(header, rows));

    private static string? Protected(string? cell) =>
        cell is [('+' or '-'), ..] && PrintedNumber.TryRead(cell) is null ? Options.InjectionEscape + cell : cell;
}
