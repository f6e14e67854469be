using CsvHelper;
using SiteGen.Emit;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The CSV downloads are written by CsvHelper as RFC 4180, and a cell a spreadsheet would run as a formula
/// is opened as text, while a printed figure stays the figure it is.
/// </summary>
public sealed class CsvDownloadTests
{
    public static TheoryData<string, string> Cells() => new()
    {
        { "=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")" },
        { "@SUM(A1:A2)", "'@SUM(A1:A2)" },
        { "+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0" },
        { "-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0" },
        { "\tsneaky", "'\tsneaky" },
        { "-29.6%", "-29.6%" },
        { "+3", "+3" },
        { "-£1,200", "-£1,200" },
        { "55.2%", "55.2%" },
        { "girls 61.4; boys 49.6", "girls 61.4; boys 49.6" },
        { "A, B and \"C\"\r\nnext line", "A, B and \"C\"\r\nnext line" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void A_cell_reads_back_as_printed_or_opened_as_text(string cell, string expected)
    {
        var bytes = CsvFile.Write(["value", "after"], [[cell, "x"]]);
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',' });
        Assert.Equal(["value", "after"], csv.Headers);
        Assert.True(csv.Read());
        Assert.Equal(expected, csv.GetString(0));
        Assert.Equal("x", csv.GetString(1));
        Assert.False(csv.Read());
    }

    [Fact]
    public void Records_end_with_crlf_and_only_fields_that_need_quotes_have_them()
    {
        var text = CsvFile.Text(["reference", "title", "note"], [["NI 59", "Initial assessments, within 7 days", null]]);
        Assert.Equal("reference,title,note\r\nNI 59,\"Initial assessments, within 7 days\",\r\n", text);
    }
}
