using SiteGen.Diagnostics;
using Xunit;

namespace SiteGen.Tests;

public sealed class SuggestionTests
{
    [Fact]
    public void A_typo_in_a_key_suggests_the_key() =>
        Assert.Equal("did you mean `polarity`?", Suggestions.DidYouMean("polarty", ["title", "polarity", "period_kind", "unit"]));

    [Fact]
    public void A_reference_suggests_the_nearest_references_ignoring_case_and_spaces()
    {
        var nearest = Suggestions.Nearest("ni59", ["NI 59", "NI 60", "HCS 28", "NI 95"]);
        Assert.Equal("NI 59", nearest[0]);
        Assert.DoesNotContain("HCS 28", nearest);
    }

    [Fact]
    public void Transposed_letters_count_as_one_edit() => Assert.Equal(1, Suggestions.Distance("ni95", "ni59"));

    [Fact]
    public void Nothing_is_suggested_for_an_unrelated_word() => Assert.Null(Suggestions.DidYouMean("budget", ["title", "polarity"]));
}
