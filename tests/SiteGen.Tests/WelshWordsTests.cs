using SiteGen.Diagnostics;
using SiteGen.Templating;
using SiteGen.Tests.Infrastructure;
using SiteGen.Theming;
using SiteGen.Yaml;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The default theme's Welsh words (themes/default/i18n/cy.yml): every English word has one, with Welsh plural forms.</summary>
public sealed class WelshWordsTests
{
    private static Dictionary<string, Message> Read(string language)
    {
        var path = RepositoryRoot.Combine("themes", "default", "i18n", language + ".yml");
        var diagnostics = new DiagnosticBag();
        var messages = new Dictionary<string, Message>(StringComparer.Ordinal);
        WordsReader.Read(YamlNodeParser.Parse(File.ReadAllText(path), "i18n/" + language + ".yml", diagnostics), messages, diagnostics);
        Assert.Empty(diagnostics.Sorted());
        Assert.True(messages.Count > 500, $"only {messages.Count} words in {language}.yml");
        return messages;
    }

    [Fact]
    public void Cy_yml_gives_every_key_of_en_yml_and_no_other()
    {
        var english = Read("en");
        var welsh = Read("cy");
        Assert.Empty(english.Keys.Except(welsh.Keys).Order(StringComparer.Ordinal));
        Assert.Empty(welsh.Keys.Except(english.Keys).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_welsh_message_about_a_count_gives_all_six_welsh_plural_forms()
    {
        var english = Read("en");
        var welsh = Read("cy");
        var counts = english.Where(m => m.Value.Forms is not null).Select(m => m.Key).ToList();
        Assert.NotEmpty(counts);
        foreach (var key in counts)
        {
            Assert.True(welsh[key].Forms is { } forms && PluralRules.CategoriesOf("cy").All(forms.ContainsKey), $"{key} lacks a Welsh plural form (zero, one, two, few, many, other)");
        }
    }

    [Fact]
    public void Cy_yml_asks_for_review_by_a_welsh_speaker()
    {
        var text = File.ReadAllText(RepositoryRoot.Combine("themes", "default", "i18n", "cy.yml"));
        Assert.Contains("A Welsh speaker should review them before the site is published", text);
    }

    [Theory]
    [InlineData(0, "dim dangosyddion")]
    [InlineData(1, "1 dangosydd")]
    [InlineData(2, "2 ddangosydd")]
    [InlineData(3, "3 dangosydd")]
    [InlineData(6, "6 dangosydd")]
    [InlineData(42, "42 dangosydd")]
    public void Welsh_counts_take_the_welsh_plural_form(long count, string expected)
    {
        var words = new Words("cy", Read("cy"));
        Assert.Equal(expected, words.Plural("plan-summary.indicators", count));
    }

    [Theory]
    [InlineData(2, "2 gam gweithredu")]
    [InlineData(3, "3 cham gweithredu")]
    [InlineData(6, "6 cham gweithredu")]
    [InlineData(7, "7 cam gweithredu")]
    public void Welsh_counts_mutate_the_noun_as_the_number_is_read(long count, string expected)
    {
        var words = new Words("cy", Read("cy"));
        Assert.Equal(expected, words.Plural("plan-summary.actions", count));
    }

    [Fact]
    public void Welsh_numbers_are_grouped_and_months_named_in_welsh()
    {
        var words = new Words("cy", Read("cy"));
        Assert.Equal("16,983", 16983L.ToString("N0", words.Culture));
        Assert.Equal("20 Mai 2008", words.Get("date.day-month-year", 20, words.Get("month.5"), 2008));
        Assert.Equal("Mehefin 2009", words.Get("date.month-year", words.Get("month.6"), 2009));
    }
}
