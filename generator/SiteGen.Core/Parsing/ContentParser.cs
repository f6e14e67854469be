using System.Buffers;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Yaml;

namespace SiteGen.Parsing;

/// <summary>
/// Reads each content file once into nodes. Assets are not read here. Plans' files are parsed on every core
/// (<see cref="Pipeline.PlanLoader"/>), each plan's on one thread.
/// </summary>
public static class ContentParser
{
    /// <summary>Large enough for any real plan file, small enough that a mistaken paste of a data dump is refused.</summary>
    public const long MaximumFileBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IReadOnlyList<ParsedFile> Parse(IEnumerable<ContentFile> files, DiagnosticBag diagnostics) =>
        files
            .Where(f => f.Kind != ContentFileKind.Asset)
            .Select(f => ParseOne(f, diagnostics))
            .ToList();

    public static ParsedFile ParseOne(ContentFile file, DiagnosticBag diagnostics)
    {
        var text = ReadText(file, diagnostics);
        if (text is null) return new ParsedFile(file, null, null);

        if (file.Kind is ContentFileKind.Section or ContentFileKind.Page)
        {
            return ParseMarkdown(file, text, diagnostics);
        }

        var local = new DiagnosticBag();
        var root = YamlNodeParser.Parse(text, file.Path, local);
        var failed = local.HasErrors;
        foreach (var d in local.Sorted()) diagnostics.Add(d);
        if (root is null && !failed)
        {
            diagnostics.Report(DiagnosticCatalog.EmptyFile, SourceLocation.StartOf(file.Path), Describe(file.Kind));
        }

        return new ParsedFile(file, root, null);
    }

    private static string? ReadText(ContentFile file, DiagnosticBag diagnostics)
    {
        // Read into a lent buffer: the bytes live only until they are decoded, and at 100 councils a new array per
        // file was 31 MB of the collector's work.
        byte[]? buffer = null;
        try
        {
            int read;
            try
            {
                using var handle = File.OpenHandle(file.FullPath);
                var length = RandomAccess.GetLength(handle);
                if (length > MaximumFileBytes)
                {
                    diagnostics.Report(DiagnosticCatalog.FileTooLarge, SourceLocation.StartOf(file.Path), length, MaximumFileBytes);
                    return null;
                }

                buffer = ArrayPool<byte>.Shared.Rent((int)length);
                read = 0;
                while (read < length && RandomAccess.Read(handle, buffer.AsSpan(read, (int)length - read), read) is var n and > 0) read += n;
            }
            catch (IOException e)
            {
                diagnostics.Report(DiagnosticCatalog.FileUnreadable, SourceLocation.StartOf(file.Path), e.Message);
                return null;
            }
            catch (UnauthorizedAccessException e)
            {
                diagnostics.Report(DiagnosticCatalog.FileUnreadable, SourceLocation.StartOf(file.Path), e.Message);
                return null;
            }

            var bytes = buffer.AsSpan(0, read);
            try
            {
                return StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException e)
            {
                diagnostics.Report(DiagnosticCatalog.InvalidEncoding, LocationOfByte(file.Path, bytes, e.Index), e.Index);
                return null;
            }
        }
        finally
        {
            if (buffer is not null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static SourceLocation LocationOfByte(string file, ReadOnlySpan<byte> bytes, int index)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < index && i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                lineStart = i + 1;
            }
        }

        return new SourceLocation(file, line, Math.Max(1, index - lineStart + 1));
    }

    /// <summary>Splits the <c>---</c> header from the body. The header is YAML and keeps its true line numbers.</summary>
    private static ParsedFile ParseMarkdown(ContentFile file, string text, DiagnosticBag diagnostics)
    {
        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Report(DiagnosticCatalog.FrontMatterMissing, SourceLocation.StartOf(file.Path));
            return new ParsedFile(file, null, null);
        }

        var end = normalised.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < normalised.Length && normalised[end + 4] != '\n')
        {
            end = normalised.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }

        if (end < 0)
        {
            diagnostics.Report(DiagnosticCatalog.FrontMatterMissing, SourceLocation.StartOf(file.Path));
            return new ParsedFile(file, null, null);
        }

        // Blank out the opening fence rather than cutting it, so YAML line numbers match the file.
        var header = "\n" + normalised[4..(end + 1)];
        var bodyStart = Math.Min(normalised.Length, end + 5);
        var root = YamlNodeParser.Parse(header, file.Path, diagnostics);
        return new ParsedFile(file, root, normalised[bodyStart..]) { MarkdownBodyLine = normalised.AsSpan(0, bodyStart).Count('\n') + 1 };
    }

    private static string Describe(ContentFileKind kind) => kind switch
    {
        ContentFileKind.Organisation => "an organisation (name, nation …)",
        ContentFileKind.Framework => "an outcome framework (name, outcomes)",
        ContentFileKind.DefinitionSet => "indicator definitions (set, definitions)",
        ContentFileKind.Plan => "a plan (title, organisation, kind, period, status …)",
        ContentFileKind.Objective => "an objective (title, actions …)",
        ContentFileKind.IndicatorList => "a list of indicators under 'indicators:'",
        ContentFileKind.RiskRegister => "a risk register under 'risks:'",
        ContentFileKind.Budget => "budget tables under 'budgets:'",
        ContentFileKind.Inspections => "inspections under 'inspections:'",
        ContentFileKind.Projects => "projects under 'projects:'",
        ContentFileKind.Table => "a table (title, columns, rows)",
        ContentFileKind.ProgressReport => "a progress report (period, actions, indicators)",
        _ => "content",
    };
}
