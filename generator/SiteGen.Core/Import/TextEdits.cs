namespace SiteGen.Import;

/// <summary>
/// Replacements of character ranges in one file's text, applied together from the end backwards so
/// every span stays valid, and everything between them left byte for byte as it was.
/// </summary>
public sealed class TextEdits
{
    private readonly List<(int Start, int End, string Text, int Order)> _edits = [];

    public bool IsEmpty => _edits.Count == 0;

    public void Replace(int start, int end, string text) => _edits.Add((start, end, text, _edits.Count));

    public void Insert(int at, string text) => Replace(at, at, text);

    public string ApplyTo(string original)
    {
        var result = new System.Text.StringBuilder(original);
        // Insertions at the same place keep the order they were made in: the later one is applied first.
        foreach (var edit in _edits.OrderByDescending(e => e.Start).ThenByDescending(e => e.Order))
        {
            result.Remove(edit.Start, edit.End - edit.Start).Insert(edit.Start, edit.Text);
        }

        return result.ToString();
    }
}
