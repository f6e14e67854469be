using SiteGen.Templating;
using SiteGen.ViewModels;
using Xunit;

namespace SiteGen.Tests;

/// <summary>How a page finds its abbreviations in text: whole words only, the longest first, each spelt out once.</summary>
public sealed class PageAbbreviationsTests
{
    private static readonly PageAbbreviations Terms = new(
    [
        new LabelledText("CAF", "Common Assessment Framework"),
        new LabelledText("CAFTAC", "CAF Team Around the Child"),
        new LabelledText("SN", "Statistical Neighbours"),
        new LabelledText("S", "Statutory indicator"),
    ]);

    [Fact]
    public void Text_is_cut_into_words_and_abbreviations_in_order_the_longest_first()
    {
        var runs = Terms.Split("Implementation of CAFTAC and CAF; SN Group comparator");
        Assert.Equal(["Implementation of ", "CAFTAC", " and ", "CAF", "; ", "SN", " Group comparator"], runs.Select(r => r.Text));
        Assert.Equal([null, "CAFTAC", null, "CAF", null, "SN", null], runs.Select(r => r.Term?.Label));
    }

    [Fact]
    public void An_abbreviation_inside_a_word_or_a_one_letter_code_is_not_one() =>
        Assert.Equal(["SNAP CAFS S grade"], Terms.Split("SNAP CAFS S grade").Select(r => r.Text));

    [Fact]
    public void Only_the_first_use_on_a_page_is_the_one_to_spell_out()
    {
        var page = new PageAbbreviations([new LabelledText("SN", "Statistical Neighbours")]);
        Assert.True(page.IsFirstUse("SN"));
        Assert.False(page.IsFirstUse("SN"));
        Assert.Equal("Statistical Neighbours", page.MeaningOf("SN"));
        Assert.Null(page.MeaningOf("CAF"));
    }
}
