using SiteGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace SiteGen.Yaml;

/// <summary>
/// Reads YAML text into <see cref="YNode"/>s, reporting problems instead of throwing. Anchors and
/// aliases are refused: officers never need them, and refusing them makes "billion laughs" inputs
/// harmless. Nesting depth is bounded for the same reason.
/// </summary>
public static class YamlNodeParser
{
    private const int MaximumDepth = 64;

    public static YNode? Parse(string text, string file, DiagnosticBag diagnostics)
    {
        if (ReportTabIndentation(text, file, diagnostics))
        {
            return null;
        }

        var parser = new Parser(new StringReader(text));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                return null;
            }

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, file, diagnostics, 0);
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
            diagnostics.Report(DiagnosticCatalog.YamlSyntax, At(file, e.Start), Explain(e));
            return null;
        }
    }

    private static YNode? ReadNode(IParser parser, string file, DiagnosticBag diagnostics, int depth)
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
                return new YScalar(scalar.Value, scalar.Style, At(file, scalar.Start))
                {
                    StartIndex = (int)scalar.Start.Index,
                    EndIndex = (int)scalar.End.Index,
                };
            case SequenceStart start:
            {
                RefuseAnchor(start);
                parser.MoveNext();
                var items = new List<YNode>();
                while (!parser.Accept<SequenceEnd>(out _))
                {
                    var item = ReadNode(parser, file, diagnostics, depth + 1);
                    if (item is not null) items.Add(item);
                }

                var end = parser.Consume<SequenceEnd>();
                return new YSequence(items, At(file, start.Start))
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
                var entries = new List<YEntry>();
                var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
                while (!parser.Accept<MappingEnd>(out _))
                {
                    var keyNode = ReadNode(parser, file, diagnostics, depth + 1);
                    var value = ReadNode(parser, file, diagnostics, depth + 1);
                    if (keyNode is not YScalar key)
                    {
                        diagnostics.Report(DiagnosticCatalog.WrongType, keyNode?.Location ?? At(file, start.Start), "a key", "a single word or phrase", keyNode?.KindName ?? "nothing");
                        continue;
                    }

                    if (seen.TryGetValue(key.Value, out var first))
                    {
                        diagnostics.Report(DiagnosticCatalog.DuplicateKey, key.Location, key.Value, first.Line);
                        continue;
                    }

                    seen[key.Value] = key.Location;
                    entries.Add(new YEntry(key, value ?? new YScalar(string.Empty, ScalarStyle.Plain, key.Location)));
                }

                var end = parser.Consume<MappingEnd>();
                return new YMapping(entries, At(file, start.Start))
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

    /// <summary>
    /// The parser's own words ("While scanning a plain scalar value, found invalid mapping") mean nothing
    /// to an officer; the common ones are said again in plain English with what to do.
    /// </summary>
    private static string Explain(YamlException e)
    {
        var message = e.Message;
        // YamlDotNet may prefix "(Line: 3, Col: 5, Idx: 20) - (…): "; the location is shown separately.
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0) message = message[(cut + 3)..];

        bool Has(string text) => message.Contains(text, StringComparison.OrdinalIgnoreCase);
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
        if (Has("anchors and aliases") || Has("nested more than")) return message;
        return $"the YAML cannot be read here ({message.TrimEnd('.')}); check the indentation and quotes on this line and the one above";
    }

    private static SourceLocation At(string file, Mark mark) => new(file, (int)Math.Max(1, mark.Line), (int)Math.Max(1, mark.Column));
}
