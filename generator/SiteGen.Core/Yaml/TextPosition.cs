using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>Lines and columns as editors count them: only <c>\n</c> starts a line, and columns count characters from 1.</summary>
public static class TextPosition
{
    public static SourceLocation Of(string file, string text, int index)
    {
        var line = 1;
        var lineStart = 0;
        var end = Math.Min(index, text.Length);
        for (var i = text.IndexOf('\n'); i >= 0 && i < end; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }

        return new SourceLocation(file, line, end - lineStart + 1);
    }

    /// <summary>The text of line <paramref name="line"/> (1-based) without its line break; empty past the end.</summary>
    public static string Line(string text, int line)
    {
        var start = 0;
        for (var n = 1; n < line; n++)
        {
            var next = text.IndexOf('\n', start);
            if (next < 0) return string.Empty;
            start = next + 1;
        }

        var end = text.IndexOf('\n', start);
        return text[start..(end < 0 ? text.Length : end)].TrimEnd('\r');
    }
}
