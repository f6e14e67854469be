using System.Buffers;
using System.Text;
using SiteGen.Diagnostics;
using YamlDotNet.Core;

namespace SiteGen.Yaml;

/// <summary>
/// Reads the YAML officers actually write straight from the text into <see cref="YNode"/>s, several times
/// faster than YamlDotNet's scanner, parser and events (which took most of the time of <c>sitegen validate</c>).
/// <para>
/// The rule: it produces exactly the tree and the diagnostics the YamlDotNet path would — the same values,
/// styles, lines, columns and character offsets — or it declines, and the whole file goes to the YamlDotNet
/// path, so every error message stays that path's. It reads block mappings and sequences (also <c>- key: value</c>,
/// <c>- - item</c> and a list not indented under its key), plain scalars (also over several lines), quoted scalars on one line,
/// flow lists and sets of keys on one line (<c>{period: 2008/09, actual: 51%}</c>, nested too), literal and folded
/// block scalars, comments and empty values. It declines at the first thing outside that, and at anything that
/// would be an error or that it is not sure of: tabs, carriage returns and other control characters, a byte order
/// mark, unusual line breaks, <c>---</c>, <c>...</c> and <c>%</c> lines, tags, anchors and aliases, <c>?</c> keys,
/// keys that are not plain or quoted words, quoted scalars or flow collections over several lines, empty entries
/// in a flow collection, a top level that is not a mapping or list starting in the first column, and any
/// indentation or character where YAML's rules would make the file an error or read it in a way the rules
/// below do not mirror. Where it mirrors YamlDotNet's scanner (plain scalars, block scalars), it follows that
/// scanner's algorithm step by step rather than the YAML specification, since the two differ in corners.
/// </para>
/// </summary>
internal sealed class SubsetYamlReader
{
    /// <summary>Below <see cref="YamlNodeParser"/>'s own limit, so a file the library would refuse as too deep is always declined.</summary>
    private const int MaximumDepth = 48;

    /// <summary>YamlDotNet stops looking for a key's <c>:</c> 1024 characters after the key starts.</summary>
    private const int LongestKey = 1000;

    /// <summary>At most this many distinct keys are remembered per thread (<see cref="KeyText"/>), and none longer than <see cref="LongestRememberedKey"/>.</summary>
    private const int RememberedKeys = 4096;

    private const int LongestRememberedKey = 40;

    /// <summary>At most this many distinct short plain values are remembered per thread (<see cref="ValueText"/>), and none longer than <see cref="LongestRememberedValue"/>.</summary>
    private const int RememberedValues = 16384;

    private const int LongestRememberedValue = 24;

    private static readonly SearchValues<char> Refused = SearchValues.Create(RefusedCharacters());

    /// <summary>
    /// The keys read so far on this thread. A site repeats a few dozen keys (<c>period</c>, <c>actual</c>,
    /// <c>target</c> …) hundreds of thousands of times, and a string for each was a sixth of what reading allocated.
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, string>? _keys;

    /// <summary>
    /// The short plain values read so far on this thread. Figures, periods, references and ids repeat across a site
    /// (<c>51%</c>, <c>2007/08</c>, <c>NI 17</c>, <c>statistical-neighbours</c>): at 100 councils, a string for each
    /// occurrence was about 25 of the 82 MB of strings validate allocated (sampled by the runtime's allocation events).
    /// </summary>
    [ThreadStatic]
    private static Dictionary<string, string>? _values;

    private readonly string _text;
    private readonly string _file;
    private readonly OpenCollections _open = new();
    private DiagnosticBag? _found;
    private int _pos;
    private int _line = 1;
    private int _lineStart;

    private SubsetYamlReader(string text, string file)
    {
        _text = text;
        _file = file;
    }

    /// <summary>
    /// Reads <paramref name="text"/> if it is within the subset: returns true with the root (null for a file of
    /// only comments and blank lines) and the diagnostics added to <paramref name="diagnostics"/>; returns false,
    /// adding nothing, if the file is for the YamlDotNet path.
    /// </summary>
    public static bool TryRead(string text, string file, DiagnosticBag diagnostics, out YNode? root)
    {
        root = null;
        if (text.AsSpan().ContainsAny(Refused) || HasDocumentMarkers(text)) return false;

        var reader = new SubsetYamlReader(text, file);
        try
        {
            root = reader.ReadDocument();
        }
        catch (Declined)
        {
            root = null;
            return false;
        }

        if (reader._found is { } found)
        {
            foreach (var d in found.Sorted()) diagnostics.Add(d);
        }

        return true;
    }

    private int Length => _text.Length;

    /// <summary>The 0-based offset of the reading position in its line (YamlDotNet's column is this plus one).</summary>
    private int Offset => _pos - _lineStart;

    private YNode? ReadDocument()
    {
        SkipToContent();
        if (_pos >= Length) return null;
        if (Offset != 0) throw new Declined();

        var c = _text[_pos];
        YNode root;
        if (c == '-' && IsBlankOrEnd(_pos + 1))
        {
            root = ReadBlockSequence(0, 0, indentless: false);
        }
        else
        {
            // A top-level scalar or flow collection is left to YamlDotNet; only a mapping is read here.
            var key = ReadKey(0) ?? throw new Declined();
            root = ReadBlockMapping(0, key, 0);
        }

        if (_pos < Length) throw new Declined();
        return root;
    }

    /// <summary>
    /// A node that starts at the reading position. <paramref name="indent"/> is the column (0-based) of the
    /// innermost block collection, as YamlDotNet's scanner keeps it; <paramref name="atLineStart"/> says the node
    /// begins its own line (under a key or <c>-</c> with nothing after it); <paramref name="keyAllowed"/> that a
    /// mapping may start here (at a line's start or after <c>- </c>). Returns with the reading position at the
    /// next token: the first character of the next line that is not blank or a comment, or the end.
    /// </summary>
    private YNode ReadBlockNode(int indent, bool atLineStart, bool keyAllowed, int depth)
    {
        if (depth > MaximumDepth) throw new Declined();
        var c = _text[_pos];
        var column = Offset;
        switch (c)
        {
            case '-' when IsBlankOrEnd(_pos + 1):
                // A list on its own line, or a list in a list's item (`- - a`); never after a key's `: `.
                if (!keyAllowed) throw new Declined();
                return ReadBlockSequence(column, depth, indentless: false);
            case '|' or '>':
                if (atLineStart) throw new Declined();
                return ReadBlockScalar(indent);
            case '[' or '{':
            {
                if (atLineStart) throw new Declined();
                var flow = ReadFlowCollection(depth);
                EndOfLine();
                return flow;
            }

            case '\'' or '"':
            {
                var quoted = ReadQuoted();
                var after = _pos;
                SkipSpaces();
                if (IsValueIndicator(_pos))
                {
                    if (!keyAllowed || _pos - quoted.StartIndex > LongestKey) throw new Declined();
                    return ReadBlockMapping(column, quoted, depth);
                }

                _pos = after;
                EndOfLine();
                return quoted;
            }
        }

        if (!CanStartPlain(_pos, flow: false)) throw new Declined();
        var plain = ReadPlain(indent, out var atColon, out var multiline);
        if (atColon)
        {
            if (!keyAllowed || multiline || _pos - plain.StartIndex > LongestKey) throw new Declined();
            return ReadBlockMapping(column, plain, depth);
        }

        SkipToContent();
        return plain;
    }

    /// <summary>A key at the start of a mapping's line: a plain or quoted scalar on one line followed by <c>:</c> and a space or the line's end; null if the line does not start with one.</summary>
    private YScalar? ReadKey(int indent)
    {
        var c = _text[_pos];
        YScalar key;
        if (c is '\'' or '"')
        {
            key = ReadQuoted();
            SkipSpaces();
            if (!IsValueIndicator(_pos)) return null;
        }
        else
        {
            if (!CanStartPlain(_pos, flow: false)) return null;
            key = ReadPlain(indent, out var atColon, out var multiline);
            if (!atColon || multiline) return null;
        }

        return _pos - key.StartIndex > LongestKey ? null : key;
    }

    /// <summary>A block mapping at <paramref name="column"/> whose first key has been read; the reading position is at that key's <c>:</c>.</summary>
    private YMapping ReadBlockMapping(int column, YScalar firstKey, int depth)
    {
        if (depth > MaximumDepth) throw new Declined();
        var first = _open.Entries.Count;
        Dictionary<string, YScalar>? seen = null;
        var key = firstKey;
        while (true)
        {
            _pos++; // the ':'
            var value = ReadMappingValue(column, depth + 1);
            AddEntry(key, value, first, ref seen);

            if (_pos >= Length || Offset < column) break;
            if (Offset > column || IsBlockEntry(_pos)) throw new Declined();
            key = ReadKey(column) ?? throw new Declined();
        }

        return new YMapping(OpenCollections.TakeFrom(_open.Entries, first), firstKey.Location)
        {
            StartIndex = firstKey.StartIndex,
            EndIndex = _pos,
        };
    }

    /// <summary>What follows a key's <c>:</c> (the reading position is just after it).</summary>
    private YNode ReadMappingValue(int column, int depth)
    {
        var colonEnd = _pos;
        var colonLine = _line;
        var colonLineStart = _lineStart;
        SkipSpaces();
        if (_pos < Length && _text[_pos] is not ('\n' or '#'))
        {
            return ReadBlockNode(column, atLineStart: false, keyAllowed: false, depth);
        }

        SkipToContent();
        if (_pos >= Length || Offset < column || (Offset == column && !IsBlockEntry(_pos)))
        {
            return Empty(colonEnd, colonLine, colonLineStart);
        }

        return Offset == column
            ? ReadBlockSequence(column, depth, indentless: true)
            : ReadBlockNode(column, atLineStart: true, keyAllowed: true, depth);
    }

    /// <summary>
    /// A block sequence whose first <c>-</c> is at the reading position, in <paramref name="column"/>. An
    /// indentless one (a list written at its key's own indentation) ends at the first line there that is not an item.
    /// </summary>
    private YSequence ReadBlockSequence(int column, int depth, bool indentless)
    {
        if (depth > MaximumDepth) throw new Declined();
        var start = _pos;
        var location = new SourceLocation(_file, _line, Offset + 1);
        var first = _open.Items.Count;
        while (true)
        {
            _pos++; // the '-'
            var dashEnd = _pos;
            var dashLine = _line;
            var dashLineStart = _lineStart;
            SkipSpaces();
            YNode item;
            if (_pos < Length && _text[_pos] is not ('\n' or '#'))
            {
                item = ReadBlockNode(column, atLineStart: false, keyAllowed: true, depth + 1);
            }
            else
            {
                SkipToContent();
                item = _pos >= Length || Offset <= column
                    ? Empty(dashEnd, dashLine, dashLineStart)
                    : ReadBlockNode(column, atLineStart: true, keyAllowed: true, depth + 1);
            }

            _open.Items.Add(item);
            if (_pos >= Length || Offset < column) break;
            if (Offset > column) throw new Declined();
            if (!IsBlockEntry(_pos))
            {
                if (indentless) break;
                throw new Declined();
            }
        }

        return new YSequence(OpenCollections.TakeFrom(_open.Items, first), location)
        {
            StartIndex = start,
            EndIndex = _pos,
        };
    }

    /// <summary>An empty value: YamlDotNet places it just after the <c>:</c> or <c>-</c> that has nothing after it.</summary>
    private YScalar Empty(int at, int line, int lineStart)
    {
        var column = at - lineStart + 1;
        var scalar = new YScalar(string.Empty, ScalarStyle.Plain, new SourceLocation(_file, line, column)) { StartIndex = at, EndIndex = at };
        CommentCut.Warn(_text, _file, string.Empty, at, line, column, Found);
        return scalar;
    }

    /// <summary>
    /// A plain scalar in the block context, following YamlDotNet's <c>ScanPlainScalar</c>: it runs on over
    /// following lines indented past <paramref name="indent"/>, folding each line break into a space (or keeping
    /// the breaks of blank lines), and stops at <c> #</c>, at <c>: </c> (<paramref name="atColon"/>, the reading
    /// position left at the <c>:</c>) or at a line indented no further than <paramref name="indent"/>.
    /// </summary>
    private YScalar ReadPlain(int indent, out bool atColon, out bool multiline)
    {
        var continuation = indent + 1;
        var start = _pos;
        var location = new SourceLocation(_file, _line, Offset + 1);
        var end = start;
        var endLine = _line;
        var endLineStart = _lineStart;
        var segmentStart = start;
        StringBuilder? folded = null;
        var leadingBreak = false;
        var trailingBreaks = 0;
        atColon = false;
        multiline = false;
        while (true)
        {
            if (_pos < Length && _text[_pos] == '#') break;

            while (_pos < Length && _text[_pos] is not (' ' or '\n'))
            {
                if (_text[_pos] == ':' && IsBlankOrEnd(_pos + 1))
                {
                    atColon = true;
                    break;
                }

                if (leadingBreak)
                {
                    folded ??= new StringBuilder();
                    folded.Append(_text, segmentStart, end - segmentStart);
                    if (trailingBreaks == 0) folded.Append(' ');
                    else folded.Append('\n', trailingBreaks);
                    leadingBreak = false;
                    trailingBreaks = 0;
                    segmentStart = _pos;
                }

                _pos++;
                end = _pos;
                endLine = _line;
                endLineStart = _lineStart;
            }

            if (atColon || _pos >= Length || _text[_pos] is not (' ' or '\n')) break;

            while (_pos < Length && _text[_pos] is ' ' or '\n')
            {
                if (_text[_pos] == ' ')
                {
                    _pos++;
                    continue;
                }

                multiline = true;
                if (!leadingBreak) leadingBreak = true;
                else trailingBreaks++;
                NewLine();
            }

            if (Offset < continuation) break;
        }

        string value;
        if (folded is null)
        {
            value = atColon ? KeyText(start, end) : ValueText(start, end);
        }
        else
        {
            folded.Append(_text, segmentStart, end - segmentStart);
            value = folded.ToString();
        }

        var scalar = new YScalar(value, ScalarStyle.Plain, location) { StartIndex = start, EndIndex = end };
        CommentCut.Warn(_text, _file, value, end, endLine, end - endLineStart + 1, Found);
        return scalar;
    }

    /// <summary>
    /// The text of a key: the same string as last time the key was read on this thread, when it is short. It is the
    /// runtime's own copy: a binder asks for keys by literals, which are that copy, so comparing the two finds them the
    /// same object without comparing characters.
    /// </summary>
    private string KeyText(int start, int end) => Remembered(ref _keys, start, end, LongestRememberedKey, RememberedKeys, intern: true);

    /// <summary>The text of a plain value: the same string as last time it was read on this thread, when it is short.</summary>
    private string ValueText(int start, int end) => Remembered(ref _values, start, end, LongestRememberedValue, RememberedValues, intern: false);

    private string Remembered(ref Dictionary<string, string>? table, int start, int end, int longest, int most, bool intern)
    {
        var length = end - start;
        if (length > longest) return _text.Substring(start, length);
        var texts = table ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var span = _text.AsSpan(start, length);
        if (texts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(span, out var known)) return known;
        var text = intern ? string.Intern(span.ToString()) : span.ToString();
        if (texts.Count < most) texts.Add(text, text);
        return text;
    }

    /// <summary>A single- or double-quoted scalar that closes on its own line (one over several lines is declined).</summary>
    private YScalar ReadQuoted()
    {
        var start = _pos;
        var location = new SourceLocation(_file, _line, Offset + 1);
        var quote = _text[_pos++];
        var segmentStart = _pos;
        StringBuilder? built = null;
        while (true)
        {
            if (_pos >= Length || _text[_pos] == '\n') throw new Declined();
            var c = _text[_pos];
            if (quote == '\'' && c == '\'')
            {
                if (_pos + 1 < Length && _text[_pos + 1] == '\'')
                {
                    built ??= new StringBuilder();
                    built.Append(_text, segmentStart, _pos + 1 - segmentStart);
                    _pos += 2;
                    segmentStart = _pos;
                    continue;
                }

                break;
            }

            if (quote == '"' && c == '"') break;
            if (quote == '"' && c == '\\')
            {
                built ??= new StringBuilder();
                built.Append(_text, segmentStart, _pos - segmentStart);
                AppendEscape(built);
                segmentStart = _pos;
                continue;
            }

            _pos++;
        }

        string value;
        if (built is null)
        {
            value = _text.Substring(segmentStart, _pos - segmentStart);
        }
        else
        {
            built.Append(_text, segmentStart, _pos - segmentStart);
            value = built.ToString();
        }

        _pos++; // the closing quote
        return new YScalar(value, quote == '\'' ? ScalarStyle.SingleQuoted : ScalarStyle.DoubleQuoted, location)
        {
            StartIndex = start,
            EndIndex = _pos,
        };
    }

    /// <summary>One escape in a double-quoted scalar, the reading position at its backslash.</summary>
    private void AppendEscape(StringBuilder built)
    {
        if (_pos + 1 >= Length) throw new Declined();
        var code = _text[_pos + 1];
        var digits = code switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
        if (digits == 0)
        {
            built.Append(code switch
            {
                '0' => '\0',
                'a' => '\a',
                'b' => '\b',
                't' => '\t',
                'n' => '\n',
                'v' => '\v',
                'f' => '\f',
                'r' => '\r',
                'e' => '\x1B',
                ' ' => ' ',
                '"' => '"',
                '\\' => '\\',
                '/' => '/',
                'N' => '\x85',
                '_' => '\xA0',
                'L' => '\u2028',
                'P' => '\u2029',
                _ => throw new Declined(),
            });
            _pos += 2;
            return;
        }

        if (_pos + 2 + digits > Length) throw new Declined();
        long value = 0;
        for (var k = 0; k < digits; k++)
        {
            var h = _text[_pos + 2 + k];
            if (!char.IsAsciiHexDigit(h)) throw new Declined();
            value = (value << 4) + (h <= '9' ? h - '0' : (h | 0x20) - 'a' + 10);
        }

        if (value > 0x10FFFF || value is >= 0xD800 and <= 0xDFFF) throw new Declined();
        built.Append(char.ConvertFromUtf32((int)value));
        _pos += 2 + digits;
    }

    /// <summary>
    /// A literal (<c>|</c>) or folded (<c>&gt;</c>) block scalar, following YamlDotNet's <c>ScanBlockScalar</c>
    /// step by step; <paramref name="indent"/> is the column of the collection it is a value in.
    /// </summary>
    private YScalar ReadBlockScalar(int indent)
    {
        var start = _pos;
        var location = new SourceLocation(_file, _line, Offset + 1);
        var literal = _text[_pos] == '|';
        _pos++;
        var chomping = 0;
        var increment = 0;
        if (_pos < Length && _text[_pos] is '+' or '-')
        {
            chomping = _text[_pos] == '+' ? 1 : -1;
            _pos++;
            if (_pos < Length && char.IsAsciiDigit(_text[_pos]))
            {
                if (_text[_pos] == '0') throw new Declined();
                increment = _text[_pos] - '0';
                _pos++;
            }
        }
        else if (_pos < Length && char.IsAsciiDigit(_text[_pos]))
        {
            if (_text[_pos] == '0') throw new Declined();
            increment = _text[_pos] - '0';
            _pos++;
            if (_pos < Length && _text[_pos] is '+' or '-')
            {
                chomping = _text[_pos] == '+' ? 1 : -1;
                _pos++;
            }
        }

        if (_pos < Length && _text[_pos] == '#') throw new Declined();
        SkipSpaces();
        if (_pos < Length && _text[_pos] == '#') SkipComment();
        if (_pos < Length && _text[_pos] != '\n') throw new Declined();

        bool? firstLine = null;
        if (_pos < Length)
        {
            NewLine();
            firstLine = true;
        }

        var end = _pos;
        var currentIndent = increment != 0 ? (indent >= 0 ? indent + increment : increment) : 0;
        var value = new StringBuilder();
        var breaks = new StringBuilder();
        currentIndent = BlockScalarBreaks(currentIndent, breaks, literal, indent, ref end, ref firstLine);
        firstLine = false;

        var leadingBreak = false;
        var leadingBlank = false;
        while (Offset == currentIndent && _pos < Length)
        {
            var trailingBlank = _text[_pos] == ' ';
            if (!literal && leadingBreak && !leadingBlank && !trailingBlank)
            {
                if (breaks.Length == 0) value.Append(' ');
                leadingBreak = false;
            }
            else
            {
                if (leadingBreak) value.Append('\n');
                leadingBreak = false;
            }

            value.Append(breaks);
            breaks.Clear();
            leadingBlank = _text[_pos] == ' ';

            var lineEnd = _text.IndexOf('\n', _pos);
            if (lineEnd < 0) lineEnd = Length;
            value.Append(_text, _pos, lineEnd - _pos);
            _pos = lineEnd;
            if (_pos < Length)
            {
                leadingBreak = true;
                NewLine();
            }

            currentIndent = BlockScalarBreaks(currentIndent, breaks, literal, indent, ref end, ref firstLine);
        }

        if (chomping != -1 && leadingBreak) value.Append('\n');
        if (chomping == 1) value.Append(breaks);

        var scalar = new YScalar(value.ToString(), literal ? ScalarStyle.Literal : ScalarStyle.Folded, location) { StartIndex = start, EndIndex = end };
        SkipToContent();
        return scalar;
    }

    /// <summary>YamlDotNet's <c>ScanBlockScalarBreaks</c>: the indentation and blank lines before a block scalar's next line; declines where it would throw.</summary>
    private int BlockScalarBreaks(int currentIndent, StringBuilder breaks, bool literal, int indent, ref int end, ref bool? firstLine)
    {
        var maxIndent = 0;
        var indentOfFirstLine = -1;
        end = _pos;
        while (true)
        {
            while ((currentIndent == 0 || Offset < currentIndent) && _pos < Length && _text[_pos] == ' ') _pos++;
            if (Offset > maxIndent) maxIndent = Offset;

            if (_pos >= Length || _text[_pos] != '\n')
            {
                if (literal && firstLine == true)
                {
                    var localIndent = Offset;
                    var i = 0;
                    while (_pos + i < Length && _text[_pos + i] == ' ')
                    {
                        i++;
                        localIndent++;
                    }

                    if (_pos + i < Length && _text[_pos + i] == '\n' && localIndent > Offset)
                    {
                        firstLine = false;
                        indentOfFirstLine = localIndent;
                    }
                }

                break;
            }

            if (firstLine == true)
            {
                firstLine = false;
                indentOfFirstLine = Offset;
            }

            breaks.Append('\n');
            NewLine();
            end = _pos;
        }

        if (literal && indentOfFirstLine > 1 && currentIndent < indentOfFirstLine - 1) throw new Declined();
        if (!literal && maxIndent > Offset && indentOfFirstLine > -1) throw new Declined();
        if (currentIndent == 0 && (Offset > 0 || indent > -1))
        {
            currentIndent = Math.Max(maxIndent, Math.Max(indent + 1, 1));
        }

        return currentIndent;
    }

    /// <summary>A flow sequence or mapping that closes on its own line; its items are scalars on that line or flow collections themselves.</summary>
    private YNode ReadFlowCollection(int depth)
    {
        if (depth > MaximumDepth) throw new Declined();
        var start = _pos;
        var location = new SourceLocation(_file, _line, Offset + 1);
        var sequence = _text[_pos] == '[';
        _pos++;
        SkipFlowSpaces();
        if (sequence)
        {
            var first = _open.Items.Count;
            if (_text[_pos] != ']')
            {
                while (true)
                {
                    _open.Items.Add(ReadFlowNode(depth + 1));
                    SkipFlowSpaces();
                    if (_text[_pos] == ']') break;
                    if (_text[_pos] != ',') throw new Declined();
                    _pos++;
                    SkipFlowSpaces();
                    if (_text[_pos] == ']') throw new Declined();
                }
            }

            _pos++;
            return new YSequence(OpenCollections.TakeFrom(_open.Items, first), location) { IsFlow = true, StartIndex = start, EndIndex = _pos };
        }

        var firstEntry = _open.Entries.Count;
        Dictionary<string, YScalar>? seen = null;
        if (_text[_pos] != '}')
        {
            while (true)
            {
                if (!CanStartPlain(_pos, flow: true)) throw new Declined();
                var key = ReadFlowPlain(isKey: true);
                if (_text[_pos] != ':' || _pos + 1 >= Length || _text[_pos + 1] != ' ') throw new Declined();
                _pos++;
                SkipFlowSpaces();
                if (_text[_pos] is ',' or '}') throw new Declined();
                var value = ReadFlowNode(depth + 1);
                AddEntry(key, value, firstEntry, ref seen);
                SkipFlowSpaces();
                if (_text[_pos] == '}') break;
                if (_text[_pos] != ',') throw new Declined();
                _pos++;
                SkipFlowSpaces();
                if (_text[_pos] == '}') throw new Declined();
            }
        }

        _pos++;
        return new YMapping(OpenCollections.TakeFrom(_open.Entries, firstEntry), location) { IsFlow = true, StartIndex = start, EndIndex = _pos };
    }

    private YNode ReadFlowNode(int depth)
    {
        var c = _text[_pos];
        if (c is '[' or '{') return ReadFlowCollection(depth);
        if (c is '\'' or '"') return ReadQuoted();
        if (!CanStartPlain(_pos, flow: true)) throw new Declined();
        var plain = ReadFlowPlain(isKey: false);
        if (_text[_pos] == ':') throw new Declined();
        return plain;
    }

    /// <summary>A plain scalar inside a flow collection: it ends at <c>, [ ] { }</c>, at <c>: </c> or <c>:,</c>, at <c> #</c> or at the line's end.</summary>
    private YScalar ReadFlowPlain(bool isKey)
    {
        var start = _pos;
        var location = new SourceLocation(_file, _line, Offset + 1);
        var end = start;
        while (_pos < Length)
        {
            var c = _text[_pos];
            if (c is ',' or '[' or ']' or '{' or '}' or '\n') break;
            if (c == ':')
            {
                if (_pos + 1 >= Length || _text[_pos + 1] is ' ' or ',' or '\n') break;
                if (_text[_pos + 1] is '[' or ']' or '{' or '}') throw new Declined();
            }

            if (c == ' ')
            {
                if (_pos + 1 < Length && _text[_pos + 1] == '#') break;
                _pos++;
                continue;
            }

            _pos++;
            end = _pos;
        }

        _pos = end;
        SkipFlowSpaces();
        var value = isKey ? KeyText(start, end) : ValueText(start, end);
        var scalar = new YScalar(value, ScalarStyle.Plain, location) { StartIndex = start, EndIndex = end };
        CommentCut.Warn(_text, _file, value, end, _line, end - _lineStart + 1, Found);
        return scalar;
    }

    /// <summary>
    /// Whether a plain scalar may start at <paramref name="at"/>: not at an indicator, though <c>-</c> may start
    /// one when a character other than a space (or, in a flow collection, a flow indicator) follows. <c>?</c>
    /// and <c>:</c>, which YAML also allows there, are left to YamlDotNet.
    /// </summary>
    private bool CanStartPlain(int at, bool flow)
    {
        if (at >= Length) return false;
        var c = _text[at];
        if (c == '-')
        {
            if (at + 1 >= Length) return false;
            var next = _text[at + 1];
            return next is not (' ' or '\n') && !(flow && next is ',' or '[' or ']' or '{' or '}');
        }

        return c is not (' ' or '\n' or '?' or ':' or ',' or '[' or ']' or '{' or '}' or '#' or '&' or '*' or '!' or '|' or '>' or '\'' or '"' or '%' or '@' or '`');
    }

    /// <summary>The rest of a line after a value: spaces, then a comment after at least one space, or nothing.</summary>
    private void EndOfLine()
    {
        var before = _pos;
        SkipSpaces();
        if (_pos < Length && _text[_pos] == '#')
        {
            if (_pos == before) throw new Declined();
            SkipComment();
        }

        if (_pos < Length && _text[_pos] != '\n') throw new Declined();
        SkipToContent();
    }

    /// <summary>Moves past spaces, comments and line breaks to the next token.</summary>
    private void SkipToContent()
    {
        while (true)
        {
            SkipSpaces();
            if (_pos >= Length) return;
            if (_text[_pos] == '#') SkipComment();
            if (_pos >= Length || _text[_pos] != '\n') return;
            NewLine();
        }
    }

    private void SkipSpaces()
    {
        while (_pos < Length && _text[_pos] == ' ') _pos++;
    }

    /// <summary>Spaces inside a flow collection, which must close on its line: a line break or comment there is declined.</summary>
    private void SkipFlowSpaces()
    {
        SkipSpaces();
        if (_pos >= Length || _text[_pos] is '\n' or '#') throw new Declined();
    }

    private void SkipComment()
    {
        var lineEnd = _text.IndexOf('\n', _pos);
        _pos = lineEnd < 0 ? Length : lineEnd;
    }

    /// <summary>Steps over the <c>\n</c> at the reading position.</summary>
    private void NewLine()
    {
        _pos++;
        _line++;
        _lineStart = _pos;
    }

    private bool IsBlankOrEnd(int at) => at >= Length || _text[at] is ' ' or '\n';

    private bool IsBlockEntry(int at) => _text[at] == '-' && IsBlankOrEnd(at + 1);

    private bool IsValueIndicator(int at) => at < Length && _text[at] == ':' && IsBlankOrEnd(at + 1);

    private DiagnosticBag Found => _found ??= new DiagnosticBag();

    /// <summary>Adds an entry unless its key repeats an earlier one in the same mapping, which is reported as <see cref="YamlNodeParser"/> reports it.</summary>
    private void AddEntry(YScalar key, YNode value, int first, ref Dictionary<string, YScalar>? seen)
    {
        var earlier = _open.EarlierKey(key.Value, first, ref seen);
        if (earlier is not null)
        {
            Found.Report(DiagnosticCatalog.DuplicateKey, key.Location, key.Value, earlier.Location.Line);
            return;
        }

        seen?.Add(key.Value, key);
        _open.Entries.Add(new YEntry(key, value));
    }

    /// <summary>Lines starting <c>---</c>, <c>...</c> or <c>%</c>: document markers and directives, all left to YamlDotNet.</summary>
    private static bool HasDocumentMarkers(string text)
    {
        for (var start = 0; start < text.Length;)
        {
            if (text[start] == '%') return true;
            if (start + 2 < text.Length && ((text[start] == '-' && text[start + 1] == '-' && text[start + 2] == '-') || (text[start] == '.' && text[start + 1] == '.' && text[start + 2] == '.'))) return true;
            var next = text.IndexOf('\n', start);
            if (next < 0) break;
            start = next + 1;
        }

        return false;
    }

    /// <summary>Control characters (tab and carriage return among them), the unusual line breaks, byte order marks and non-characters.</summary>
    private static string RefusedCharacters()
    {
        var refused = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c != '\n') refused.Append(c);
        }

        for (var c = '\x7F'; c <= '\x9F'; c++) refused.Append(c);
        refused.Append("\u2028\u2029\uFEFF\uFFFE\uFFFF");
        return refused.ToString();
    }

    /// <summary>Thrown to abandon the file to the YamlDotNet path; never escapes <see cref="TryRead"/>.</summary>
    private sealed class Declined : Exception;
}
