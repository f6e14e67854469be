namespace SiteGen.Search;

/// <summary>
/// The start of a document's prose on one line, for the client to pick the window around the matched
/// words: runs of spaces, tabs and line breaks become one space (none at either end), "**" is removed,
/// and the result is cut at <see cref="SearchIndexFormat.ExcerptLength"/> characters.
/// </summary>
internal static class Excerpt
{
    /// <summary>
    /// Reads only as far into the body as the excerpt needs. Equal, character for character, to joining
    /// the body's words with single spaces, then replacing "**" from left to right, then cutting: a
    /// pending '*' is written once the next character shows it is not the first of a pair.
    /// </summary>
    public static string Of(string body)
    {
        Span<char> excerpt = stackalloc char[SearchIndexFormat.ExcerptLength];
        var length = 0;
        var inText = false; // a word has been read: a space may follow
        var betweenWords = false;
        var pendingStar = false;

        void Write(char c, Span<char> into)
        {
            if (c == '*')
            {
                pendingStar = !pendingStar; // the second of a pair removes both
                return;
            }

            if (pendingStar)
            {
                into[length++] = '*';
                pendingStar = false;
                if (length == into.Length) return;
            }

            into[length++] = c;
        }

        foreach (var c in body)
        {
            if (length == excerpt.Length) break;
            if (c is ' ' or '\n' or '\r' or '\t')
            {
                betweenWords = inText;
                continue;
            }

            if (betweenWords)
            {
                Write(' ', excerpt);
                betweenWords = false;
                if (length == excerpt.Length) break;
            }

            Write(c, excerpt);
            inText = true;
        }

        if (pendingStar && length < excerpt.Length) excerpt[length++] = '*';
        return new string(excerpt[..length]);
    }
}
