using SiteGen.Diagnostics;

namespace SiteGen.Yaml;

/// <summary>
/// NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029) arrive unseen in text pasted
/// from word processors and PDFs. The YAML library takes each for the end of a line, which broke the
/// line in two where the officer's editor shows one: inside a flow list the library crashed, elsewhere
/// the error was reported on a line the editor does not have. Each is read as a space instead — one
/// character for one, so every later position is unchanged — and pointed out, so it can be deleted.
/// </summary>
public static class UnusualLineBreaks
{
    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create("\u0085\u2028\u2029");

    public static string Replace(string text, string file, DiagnosticBag diagnostics)
    {
        var first = text.AsSpan().IndexOfAny(Breaks);
        if (first < 0) return text;

        var characters = text.ToCharArray();
        for (var i = first; i < characters.Length; i++)
        {
            if (!Breaks.Contains(characters[i])) continue;
            diagnostics.Report(DiagnosticCatalog.UnusualLineBreak, TextPosition.Of(file, text, i), Name(characters[i]), $"U+{(int)characters[i]:X4}");
            characters[i] = ' ';
        }

        return new string(characters);
    }

    private static string Name(char c) => c switch
    {
        '\u0085' => "a 'next line' character",
        '\u2028' => "a 'line separator' character",
        _ => "a 'paragraph separator' character",
    };
}
