using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>
/// <c>title: Priority #2 To embed</c> is read as "Priority" and a comment: YAML starts a comment at any
/// <c> #</c>. A comment written on purpose has a space after its <c>#</c>; a <c>#</c> straight before a
/// letter or digit (<c>#2</c>, <c>#1 priority</c>) is almost always meant as part of the text. Shared by
/// both readers (<see cref="SubsetYamlReader"/> and the YamlDotNet path) so the warning is the same whichever reads the file.
/// </summary>
internal static class CommentCut
{
    /// <param name="end">Where the plain scalar ends in <paramref name="text"/> (exclusive), with the line and column of that point.</param>
    public static void Warn(string text, string file, string value, int end, int endLine, int endColumn, DiagnosticBag diagnostics)
    {
        var hash = end;
        while (hash < text.Length && text[hash] is ' ' or '\t') hash++;
        if (hash == end || hash + 1 >= text.Length || text[hash] != '#' || !char.IsLetterOrDigit(text[hash + 1])) return;

        var lineEnd = text.IndexOf('\n', hash);
        var cut = text[hash..(lineEnd < 0 ? text.Length : lineEnd)].TrimEnd('\r', ' ', '\t');
        var kept = value.Length == 0 ? "empty" : $"only '{value}'";
        var whole = (value.Length == 0 ? cut : value + " " + cut).Replace("\"", "\\\"", StringComparison.Ordinal);
        var at = new SourceLocation(file, endLine, endColumn + (hash - end));
        diagnostics.Report(DiagnosticCatalog.TextReadAsComment, at, kept, cut, whole);
    }
}
