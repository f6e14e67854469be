using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The codes of the open-data settings in site.yml.</summary>
public sealed partial class DiagnosticTests
{
    [Fact]
    public void SG0011_licence_address_that_is_not_a_web_address()
    {
        var d = DiagnosticAssert.Single(
            ValidateWith(("site.yml", "title: Test plans\nlicence:\n  title: Open Government Licence v3.0\n  url: open-government-licence/version/3/\n")),
            "SG0011", "site.yml", 4, 8);
        Assert.Contains("https://", d.Message);
    }

    [Fact]
    public void A_licence_without_its_title_is_a_missing_key() =>
        DiagnosticAssert.Single(
            ValidateWith(("site.yml", "title: Test plans\nlicence:\n  url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n")),
            "SG0103", "site.yml", 3, 3);
}
