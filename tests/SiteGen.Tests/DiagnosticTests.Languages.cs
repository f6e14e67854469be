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
}
