using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The codes of the site's languages: a language the content names must be one site.yml lists.</summary>
public sealed partial class DiagnosticTests
{
    [Fact]
    public void SG0311_translated_name_in_a_language_the_site_does_not_publish_in()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith(
                ("site.yml", "title: Test plans\nlanguages: [en-GB, cy]\n"),
                (Organisation, Replace(Organisation, "name: Testshire County Council\n", "name:\n  en-GB: Testshire County Council\n  cyy: Cyngor Sir Test\n"))),
            "SG0311", Organisation, 3, 3);
        Assert.Contains("en-GB, cy", d.Message);
    }

    [Fact]
    public void SG0311_organisation_publishing_in_a_language_the_site_does_not_list()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith((Organisation, Replace(Organisation, "nation: England\n", "nation: England\nlanguages: [en-GB, cy]\n"))),
            "SG0311", Organisation, 3, 12);
        Assert.Contains("'cy'", d.Message);
    }

    [Fact]
    public void A_name_in_each_of_the_sites_languages_is_valid() =>
        DiagnosticAssert.None(ValidateWith(
            ("site.yml", "title: Test plans\nlanguages: [en-GB, cy]\n"),
            (Organisation, Replace(Organisation, "name: Testshire County Council\nnation: England\n", "name:\n  en-GB: Testshire County Council\n  cy: Cyngor Sir Test\nnation: Wales\nlanguages: [en-GB, cy]\n"))));

    [Fact]
    public void SG0311_plan_text_in_a_language_the_site_does_not_publish_in()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith(
                ("site.yml", "title: Test plans\nlanguages: [en-GB, cy]\n"),
                (Objective, Replace(Objective, "title: Keep children safe\n", "title: {en-GB: Keep children safe, cyy: Cadw plant yn ddiogel}\n"))),
            "SG0311", Objective, 2, 36);
        Assert.Contains("'cyy'", d.Message);
    }

    [Fact]
    public void SG0312_one_text_given_two_different_translations()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith(
                ("site.yml", "title: Test plans\nlanguages: [en-GB, cy]\n"),
                (Risks, Replace(Risks, "description: Not enough social workers\n", "description: {en-GB: Keep children safe, cy: Diogelu plant}\n")),
                (Objective, Replace(Objective, "title: Keep children safe\n", "title: {en-GB: Keep children safe, cy: Cadw plant yn ddiogel}\n"))),
            "SG0312", Objective, 2, 36);
        Assert.Contains("'Diogelu plant'", d.Message);
        Assert.Contains("risks.yml:", d.Message);
    }

    [Fact]
    public void The_same_text_given_the_same_translation_twice_is_valid() =>
        DiagnosticAssert.None(ValidateWith(
            ("site.yml", "title: Test plans\nlanguages: [en-GB, cy]\n"),
            (Risks, Replace(Risks, "description: Not enough social workers\n", "description: {en-GB: Keep children safe, cy: Cadw plant yn ddiogel}\n")),
            (Objective, Replace(Objective, "title: Keep children safe\n", "title: {en-GB: Keep children safe, cy: Cadw plant yn ddiogel}\n"))));
}
