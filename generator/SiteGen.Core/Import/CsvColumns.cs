namespace SiteGen.Import;

/// <summary>
/// Where a field starts in a CSV record's text, so a message can point at the cell itself. CsvHelper
/// reports the line but not the character, so this follows the same quoting rules over the raw record.
/// </summary>
public static class CsvColumns
{
    public static int ColumnOf(string rawRecord, int fieldIndex, char delimiter)
    {
        var field = 0;
        var quoted = false;
        for (var i = 0; i < rawRecord.Length; i++)
        {
            if (field == fieldIndex) return i + 1;
            var c = rawRecord[i];
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == delimiter) field++;
            else if (!quoted && (c == '\r' || c == '\n')) break;
        }

        return field == fieldIndex ? rawRecord.TrimEnd('\r', '\n').Length + 1 : 1;
    }
}
