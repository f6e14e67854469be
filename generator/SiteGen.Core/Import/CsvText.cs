using System.Text;
using SiteGen.Diagnostics;

namespace SiteGen.Import;

/// <summary>
/// The text of a spreadsheet an officer saved as CSV, whatever Excel saved it as. "CSV UTF-8" is read as
/// it is; "Unicode Text" (UTF-16, with its byte-order mark) too. Plain "CSV (Comma delimited)" is saved in
/// the computer's own code page, Windows-1252 on English Windows: a £ sign is byte A3, which is not UTF-8,
/// and read as UTF-8 became "�12.50". Such a file is read as Windows-1252, and the officer is told so
/// (with how to save it so nothing has to be guessed). A workbook saved as .xlsx, or a file that is not
/// text at all, is refused with how to save it as CSV.
/// </summary>
public static class CsvText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text, or null when it is not CSV text (reported).</summary>
    public static string? Read(byte[] bytes, string shownPath, DiagnosticBag diagnostics)
    {
        if (bytes.AsSpan().StartsWith("PK\u0003\u0004"u8))
        {
            diagnostics.Report(DiagnosticCatalog.ImportNotCsv, SourceLocation.StartOf(shownPath), "an Excel workbook (.xlsx)");
            return null;
        }

        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0]))
        {
            diagnostics.Report(DiagnosticCatalog.ImportNotCsv, SourceLocation.StartOf(shownPath), "an Excel 97–2003 workbook (.xls)");
            return null;
        }

        string text;
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) text = Decode(StrictUtf8, bytes, 3) ?? Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) text = Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2);
        else if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) text = Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2);
        else if (Utf16WithoutMark(bytes) is { } utf16) text = utf16.GetString(bytes);
        else if (Decode(StrictUtf8, bytes, 0) is { } utf8) text = utf8;
        else
        {
            diagnostics.Report(DiagnosticCatalog.ImportEncodingGuessed, FirstNonUtf8(bytes, shownPath), "Windows-1252");
            text = Windows1252().GetString(bytes);
        }

        if (text.Contains('\0'))
        {
            diagnostics.Report(DiagnosticCatalog.ImportNotCsv, SourceLocation.StartOf(shownPath), "not text (it holds bytes no text file has)");
            return null;
        }

        return text;
    }

    private static string? Decode(Encoding encoding, byte[] bytes, int start)
    {
        try
        {
            return encoding.GetString(bytes, start, bytes.Length - start);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    /// <summary>UTF-16 without a byte-order mark shows itself by a zero byte beside nearly every letter of a CSV's ASCII text.</summary>
    private static Encoding? Utf16WithoutMark(byte[] bytes)
    {
        var sample = Math.Min(bytes.Length & ~1, 512);
        if (sample < 4) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (var i = 0; i < sample; i++)
        {
            if (bytes[i] != 0) continue;
            if (i % 2 == 0) zeroEven++;
            else zeroOdd++;
        }

        var pairs = sample / 2;
        if (zeroOdd > pairs * 3 / 4 && zeroEven == 0) return Encoding.Unicode;
        if (zeroEven > pairs * 3 / 4 && zeroOdd == 0) return Encoding.BigEndianUnicode;
        return null;
    }

    /// <summary>Where the first byte that is not UTF-8 is, so the officer can look at that line.</summary>
    private static SourceLocation FirstNonUtf8(byte[] bytes, string shownPath)
    {
        var line = 1;
        var column = 1;
        var i = 0;
        while (i < bytes.Length)
        {
            var length = bytes[i] switch
            {
                < 0x80 => 1,
                >= 0xC2 and <= 0xDF => 2,
                >= 0xE0 and <= 0xEF => 3,
                >= 0xF0 and <= 0xF4 => 4,
                _ => 0,
            };
            if (length == 0 || i + length > bytes.Length || Decode(StrictUtf8, bytes[i..(i + length)], 0) is null) break;
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }

            i += length;
        }

        return new SourceLocation(shownPath, line, column);
    }

    private static Encoding Windows1252()
    {
        // The code pages of Windows are in the framework but have to be switched on.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
