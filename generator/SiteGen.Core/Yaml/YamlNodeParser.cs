using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Yaml;

/// <summary>
/// Reads YAML text into <see cref="YNode"/>s, reporting problems instead of throwing. Anchors and
/// aliases are refused: officers never need them, and refusing them makes "billion laughs" inputs
/// harmless. Nesting depth is bounded for the same reason. Most files are read by <see cref="SubsetYamlReader"/>,
/// which gives exactly what this class's YamlDotNet path gives or leaves the file to it.
/// </summary>
public static class YamlNodeParser
{
    private const int MaximumDepth = 64;

    public static YNode? Parse(string text, string file, DiagnosticBag diagnostics) => Parse(text, file, diagnostics, subset: true);

    /// <summary>The YamlDotNet path alone, never <see cref="SubsetYamlReader"/>: what the subset reader must equal wherever it does not decline.</summary>
    internal static YNode? ParseWithYamlDotNet(string text, string file, DiagnosticBag diagnostics) => Parse(text, file, diagnostics, subset: false);

    private static YNode? Parse(string text, string file, DiagnosticBag diagnostics, bool subset)
    {
        if (ReportTabIndentation(text, file, diagnostics))
        {
            return null;
        }

        text = UnusualLineBreaks.Replace(text, file, diagnostics);
        if (subset && SubsetYamlReader.TryRead(text, file, diagnostics, out var read))
        {
            return read;
        }

        var scanner = new Scanner(new StringReader(text));
        var parser = new Parser(scanner);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = new NodeReader(parser, text, file, diagnostics).Read(0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Report(DiagnosticCatalog.YamlSyntax, At(file, second.Start), "a file holds one YAML document; remove the second `---` and what follows, or move it to its own file");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            var (location, message) = SyntaxDiagnosis.Explain(text, file, e.Start, e.Message);
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, location, message);
            return null;
        }
        catch (Exception e) when (ThrownByYamlLibrary(e))
        {
            // The library's scanner fails on some mistakes with an InvalidOperationException and no position
            // (an unclosed `{` followed by more entries, for one); where it stopped reading is the position.
            var (location, message) = SyntaxDiagnosis.Explain(text, file, scanner.CurrentPosition, null);
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, location, message);
            return null;
        }
    }

    /// <summary>
    /// Whether an exception other than <see cref="YamlException"/> came from inside the YAML library (content it
    /// could not read) rather than from SiteGen's own code (a fault to report, which must not pass for a
    /// mistake in the content): the first frame that is either's decides; framework frames are passed over.
    /// </summary>
    internal static bool ThrownByYamlLibrary(Exception e)
    {
        var library = typeof(Parser).Assembly;
        var ours = typeof(YamlNodeParser).Assembly;
        foreach (var frame in new System.Diagnostics.StackTrace(e).GetFrames())
        {
            var assembly = frame.GetMethod()?.DeclaringType?.Assembly;
            if (assembly == library) return true;
            if (assembly == ours) return false;
        }

        return false;
    }

    /// <summary>One file's reading, from the library's events; the children of open collections are gathered as <see cref="OpenCollections"/> says.</summary>
    private sealed class NodeReader(IParser parser, string text, string file, DiagnosticBag diagnostics)
    {
        private readonly OpenCollections _open = new();

        public YNode? Read(int depth)
        {
            var current = parser.Current ?? throw new YamlException("unexpected end of file");
            if (depth > MaximumDepth)
            {
                throw new YamlException(current.Start, current.End, $"the content is nested more than {MaximumDepth} levels deep");
            }

            switch (current)
            {
                case AnchorAlias alias:
                    throw new YamlException(alias.Start, alias.End, "anchors and aliases (`&name`, `*name`) are not allowed in content files; write the value out in full");
                case Scalar scalar:
                    parser.MoveNext();
                    RefuseAnchor(scalar);
                    if (scalar.Style == ScalarStyle.Plain) WarnIfCutByComment(scalar);
                    return new YScalar(scalar.Value, scalar.Style, At(file, scalar.Start))
                    {
                        StartIndex = (int)scalar.Start.Index,
                        EndIndex = (int)scalar.End.Index,
                    };
                case SequenceStart start:
                {
                    RefuseAnchor(start);
                    parser.MoveNext();
                    var first = _open.Items.Count;
                    while (!parser.Accept<SequenceEnd>(out _))
                    {
                        var item = Read(depth + 1);
                        if (item is not null) _open.Items.Add(item);
                    }

                    var end = parser.Consume<SequenceEnd>();
                    return new YSequence(OpenCollections.TakeFrom(_open.Items, first), At(file, start.Start))
                    {
                        IsFlow = start.Style == SequenceStyle.Flow,
                        StartIndex = (int)start.Start.Index,
                        EndIndex = EndOf(end, start.Style == SequenceStyle.Flow),
                    };
                }

                case MappingStart start:
                {
                    RefuseAnchor(start);
                    parser.MoveNext();
                    var first = _open.Entries.Count;
                    Dictionary<string, YScalar>? seen = null;
                    while (!parser.Accept<MappingEnd>(out _))
                    {
                        var keyNode = Read(depth + 1);
                        var value = Read(depth + 1);
                        if (keyNode is not YScalar key)
                        {
                            diagnostics.Report(DiagnosticCatalog.WrongType, keyNode?.Location ?? At(file, start.Start), "a key", "a single word or phrase", keyNode?.KindName ?? "nothing");
                            continue;
                        }

                        if (_open.EarlierKey(key.Value, first, ref seen) is { } earlier)
                        {
                            diagnostics.Report(DiagnosticCatalog.DuplicateKey, key.Location, key.Value, earlier.Location.Line);
                            continue;
                        }

                        seen?.Add(key.Value, key);
                        _open.Entries.Add(new YEntry(key, value ?? new YScalar(string.Empty, ScalarStyle.Plain, key.Location)));
                    }

                    var end = parser.Consume<MappingEnd>();
                    return new YMapping(OpenCollections.TakeFrom(_open.Entries, first), At(file, start.Start))
                    {
                        IsFlow = start.Style == MappingStyle.Flow,
                        StartIndex = (int)start.Start.Index,
                        EndIndex = EndOf(end, start.Style == MappingStyle.Flow),
                    };
                }

                default:
                    throw new YamlException(current.Start, current.End, "unexpected YAML structure");
            }
        }

        private void WarnIfCutByComment(Scalar scalar) =>
            CommentCut.Warn(text, file, scalar.Value, (int)scalar.End.Index, (int)scalar.End.Line, (int)scalar.End.Column, diagnostics);
    }

    /// <summary>
    /// The parser marks a flow collection's end at its closing bracket, not after it, so the bracket is
    /// counted in here; a block collection ends where the next token starts, past any comments between.
    /// </summary>
    private static int EndOf(ParsingEvent end, bool flow) => (int)(flow ? Math.Max(end.End.Index, end.Start.Index + 1) : end.End.Index);

    private static void RefuseAnchor(NodeEvent node)
    {
        if (!node.Anchor.IsEmpty)
        {
            throw new YamlException(node.Start, node.End, "anchors and aliases (`&name`, `*name`) are not allowed in content files; write the value out in full");
        }
    }

    /// <summary>YAML forbids tabs for indentation, but the parser's own message ("found character that cannot start any token") helps nobody.</summary>
    private static bool ReportTabIndentation(string text, string file, DiagnosticBag diagnostics)
    {
        // Nearly every file has no tab at all; finding that out is one vectorised search, not a walk over every character.
        if (!text.Contains('\t', StringComparison.Ordinal)) return false;

        var found = false;
        var line = 1;
        var atLineStart = true;
        var column = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
                column = 1;
                atLineStart = true;
                continue;
            }

            if (atLineStart && c == '\t')
            {
                diagnostics.Report(DiagnosticCatalog.TabIndentation, new SourceLocation(file, line, column));
                found = true;
                atLineStart = false;
            }
            else if (c != ' ')
            {
                atLineStart = false;
            }

            column++;
        }

        return found;
    }

    private static SourceLocation At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
