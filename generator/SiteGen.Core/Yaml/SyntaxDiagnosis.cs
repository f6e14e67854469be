using System.Text.RegularExpressions;
using SiteGen.Diagnostics;
using YamlDotNet.Core;

namespace SiteGen.Yaml;

/// <summary>
/// Says, in an officer's terms and at the right place, why a file cannot be read as YAML. The YAML library
/// notices a mistake where it can no longer go on, which is often a line or more after the mistake itself:
/// an unclosed <c>{</c> is noticed at the next entry, a missing colon at the next key. The two slips officers
/// make most are looked for first and reported where they are; anything else is explained at the place the
/// library stopped.
/// </summary>
internal static partial class SyntaxDiagnosis
{
    /// <param name="failure">Where the library stopped.</param>
    /// <param name="libraryMessage">The library's own message, or null when it failed without one (an exception that is not a <see cref="YamlException"/>).</param>
    public static (SourceLocation Location, string Message) Explain(string text, string file, Mark failure, string? libraryMessage)
    {
        var failureLine = (int)Math.Max(1, failure.Line);
        var atEnd = failure.Index >= text.TrimEnd().Length;
        if (UnclosedOpener(text) is { } opener && (opener.Line < failureLine || atEnd))
        {
            var message = opener.Bracket == '{'
                ? "this `{` is never closed: add the `}` that ends it, usually at the end of this line, as in `- {period: 2008/09, actual: 55.2%}`"
                : "this `[` is never closed: add the `]` that ends the list, usually at the end of this line, as in `[stay-safe, be-healthy]`";
            return (new SourceLocation(file, opener.Line, opener.Column), message);
        }

        if (MissingColon(text, file, failureLine) is { } colon) return colon;

        var at = new SourceLocation(file, failureLine, (int)Math.Max(1, failure.Column));
        return (at, libraryMessage is null ? Unreadable : Reword(libraryMessage));
    }

    private const string Unreadable = "the YAML cannot be read here: check this line and the one above for a bracket or quotation mark that is not closed, indentation that does not line up, or a value containing `: ` or ` #` that needs quotes around it";

    /// <summary>
    /// The first flow collection (<c>{</c> or <c>[</c>) left open at the end of the text. The library cannot
    /// say: it fails looking ahead, before it has handed over the bracket. This follows YAML's rules as far as
    /// they matter here — a bracket opens a collection where a value starts, or anywhere inside another one;
    /// brackets inside quotes, comments, block texts (<c>|</c>, <c>&gt;</c>) and plain text do not count.
    /// </summary>
    private static (int Line, int Column, char Bracket)? UnclosedOpener(string text)
    {
        var open = new List<(int Line, int Column, char Bracket)>();
        var lines = text.Split('\n');
        var blockTextIndent = -1;
        char quote = default;
        for (var number = 1; number <= lines.Length; number++)
        {
            var line = lines[number - 1].TrimEnd('\r');
            var indent = line.Length - line.TrimStart(' ').Length;
            if (blockTextIndent >= 0)
            {
                if (line.Trim().Length == 0 || indent > blockTextIndent) continue;
                blockTextIndent = -1;
            }

            var i = open.Count > 0 || quote != default ? 0 : ValueStart(line, indent);
            for (; i < line.Length; i++)
            {
                var c = line[i];
                if (quote != default)
                {
                    if (c == '\\' && quote == '"') i++;
                    else if (c == quote && quote == '\'' && i + 1 < line.Length && line[i + 1] == '\'') i++;
                    else if (c == quote) quote = default;
                    continue;
                }

                if (c == '#' && (i == 0 || line[i - 1] is ' ' or '\t')) break;
                if (open.Count == 0)
                {
                    // A value in a block: a bracket or quote starts something only as its first character.
                    if (c is '"' or '\'') quote = c;
                    else if (c is '{' or '[') open.Add((number, i + 1, c));
                    else if (c is '|' or '>') blockTextIndent = indent;
                    else if (c != ' ') break;
                    continue;
                }

                if (c is '"' or '\'' && (i == 0 || line[i - 1] is ' ' or '{' or '[' or ',' or ':')) quote = c;
                else if (c is '{' or '[') open.Add((number, i + 1, c));
                else if (c is '}' or ']')
                {
                    open.RemoveAt(open.Count - 1);
                    if (open.Count == 0) break;
                }
            }
        }

        return open.Count == 0 ? null : open[0];
    }

    /// <summary>Where the value of a block line starts: after its indentation, any <c>- </c> of a list, and a <c>key: </c>.</summary>
    private static int ValueStart(string line, int indent)
    {
        var at = indent;
        while (at + 1 < line.Length && line[at] == '-' && line[at + 1] == ' ')
        {
            at += 2;
            while (at < line.Length && line[at] == ' ') at++;
        }

        if (at < line.Length && line[at] is '{' or '[' or '"' or '\'' or '|' or '>') return at;
        var colon = line.IndexOf(": ", at, StringComparison.Ordinal);
        if (colon < 0) return line.EndsWith(':') ? line.Length : at;
        at = colon + 2;
        while (at < line.Length && line[at] == ' ') at++;
        return at;
    }

    /// <summary>
    /// A line among keys that has no colon of its own, like <c>title To embed effective safeguarding</c>: the
    /// library reads on into the next line and reports that one. The line where the library stopped and the
    /// one above it are looked at, nearest first; a line counts only when a line beside it, starting in the
    /// same column, is a key.
    /// </summary>
    private static (SourceLocation, string)? MissingColon(string text, string file, int failureLine)
    {
        foreach (var number in new[] { failureLine, ContentLineBefore(text, failureLine) })
        {
            if (number < 1) continue;
            var line = TextPosition.Line(text, number);
            var indent = line.Length - line.TrimStart(' ').Length;
            var content = WithoutComment(line.Trim());
            if (content.Length == 0 || "#-'\"[{|>&*!%@?.`".Contains(content[0]) || HasColon(content)) continue;
            if (!IsKeyInColumn(text, ContentLineBefore(text, number), indent) && !IsKeyInColumn(text, ContentLineAfter(text, number), indent)) continue;

            var space = content.IndexOf(' ');
            var word = space < 0 ? content : content[..space];
            var rest = space < 0 ? string.Empty : content[(space + 1)..].Trim();
            if (!KeyLike().IsMatch(word))
            {
                return (new SourceLocation(file, number, indent + 1),
                    "this line is not a `key: value` pair: if it begins with a key, put a colon and a space after the key; if it carries on the text of the line above, indent it further than that line's key, or put the whole text in quotes");
            }

            var example = rest.Length == 0 ? $"`{word}:` followed by its value" : $"`{word}: {(rest.Length > 40 ? rest[..40] + "…" : rest)}`";
            return (new SourceLocation(file, number, indent + word.Length + 1), $"a colon is missing after `{word}`: write {example}");
        }

        return null;
    }

    private static bool HasColon(string content) =>
        content.EndsWith(':') || content.Contains(": ", StringComparison.Ordinal) || content.Contains(":\t", StringComparison.Ordinal);

    /// <summary>The line without a trailing comment; a <c>#</c> counts as one only after a space, as in YAML.</summary>
    private static string WithoutComment(string content)
    {
        var hash = content.IndexOf(" #", StringComparison.Ordinal);
        return hash < 0 ? content : content[..hash].TrimEnd();
    }

    /// <summary>Whether line <paramref name="number"/> holds a <c>key:</c> starting in <paramref name="column"/> (0-based), after any <c>- </c> of a list.</summary>
    private static bool IsKeyInColumn(string text, int number, int column)
    {
        if (number < 1) return false;
        var line = TextPosition.Line(text, number);
        var at = line.Length - line.TrimStart(' ').Length;
        while (at + 1 < line.Length && line[at] == '-' && line[at + 1] == ' ')
        {
            at += 2;
            while (at < line.Length && line[at] == ' ') at++;
        }

        return at == column && KeyLine().IsMatch(line[at..]);
    }

    private static int ContentLineBefore(string text, int number)
    {
        for (var n = number - 1; n >= 1; n--)
        {
            if (IsContent(TextPosition.Line(text, n))) return n;
        }

        return 0;
    }

    private static int ContentLineAfter(string text, int number)
    {
        var lines = text.Count(c => c == '\n') + 1;
        for (var n = number + 1; n <= lines; n++)
        {
            if (IsContent(TextPosition.Line(text, n))) return n;
        }

        return 0;
    }

    private static bool IsContent(string line) => line.TrimStart() is { Length: > 0 } t && t[0] != '#';

    /// <summary>
    /// The library's words ("While scanning a plain scalar value, found invalid mapping") mean nothing to an
    /// officer; the common ones are said again in plain English with what to do.
    /// </summary>
    private static string Reword(string message)
    {
        // YamlDotNet may prefix "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is shown separately.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0) message = message[(cut + 3)..];

        bool Has(string s) => message.Contains(s, StringComparison.OrdinalIgnoreCase);
        if (Has("found invalid mapping") || Has("mapping values are not allowed"))
            return "this line does not fit the lines above it: either it is indented more than the key it belongs with, or a value here contains `: ` and needs to be put in quotes";
        if (Has("did not find expected key"))
            return "this line is not indented like the keys around it; keys of the same thing must start in the same column";
        if (Has("did not find expected '-' indicator"))
            return "this list item is not indented like the items above it; every `- ` of one list must start in the same column";
        if (Has("quoted scalar"))
            return "a quotation mark opened here is never closed; close it on the same value, or remove it";
        if (Has("expected ',' or '}'") || Has("flow mapping"))
            return "a `{` opened here is not closed with `}`, or two of its items lack a comma between them";
        if (Has("expected ',' or ']'") || Has("flow sequence"))
            return "a `[` opened here is not closed with `]`, or two of its items lack a comma between them";
        if (Has("block sequence entries are not allowed"))
            return "a list item (`- `) cannot follow a value on the same key; put the list on the lines below the key, indented";
        if (Has("control characters are not allowed") || Has("special characters are not allowed"))
            return "this line holds an invisible control character, usually pasted from another program; delete it and type the text again";
        if (Has("anchors and aliases") || Has("nested more than") || Has("one YAML document")) return message;
        return Unreadable;
    }

    [GeneratedRegex("^[a-z][a-z0-9_]*$")]
    private static partial Regex KeyLike();

    /// <summary>A mapping key as officers write them: a plain word or phrase, then a colon ending the line or followed by a space.</summary>
    [GeneratedRegex(@"^[^\s#'""\[\]{}&*!|>%@`][^:#]*:(\s|$)")]
    private static partial Regex KeyLine();
}
