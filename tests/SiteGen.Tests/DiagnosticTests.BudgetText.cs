using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

public sealed partial class DiagnosticTests
{
    /// <summary>A column printed as words beside the money ("How will efficiency be improved?") says so, and is then no figure to check.</summary>
    [Fact]
    public void A_budget_column_that_holds_text_takes_words_while_its_figure_columns_still_need_numbers()
    {
        var withText = Replace(Budget, "      - {id: net, label: Net £'000}", "      - {id: how, label: \"How will efficiency be improved?\", holds: text}\n      - {id: net, label: Net £'000}")
            .Replace("{name: Fieldwork, values: {net: \"1,000\"}}", "{name: Fieldwork, values: {how: Route rationalisation, net: \"1,000\"}}", StringComparison.Ordinal);
        DiagnosticAssert.None(ValidateWith((Budget, withText)));

        var wordsAsMoney = withText.Replace("{net: \"2,500\"}", "{how: Closure of centres, net: about 2500}", StringComparison.Ordinal);
        DiagnosticAssert.SingleError(ValidateWith((Budget, wordsAsMoney)), "SG0305", Budget, 8, 66);
    }
}
