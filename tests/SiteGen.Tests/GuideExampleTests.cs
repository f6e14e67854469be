using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The officers' guide (content/README.md) marks each complete example with
/// <c>&lt;!-- example: path --&gt;</c>. Written to those paths, the examples must make a valid site,
/// and every file kind must have one: the guide cannot drift from what SiteGen accepts.
/// </summary>
public sealed partial class GuideExampleTests
{
    private static Dictionary<string, string> Examples()
    {
        var guide = File.ReadAllText(RepositoryRoot.Combine("content", "README.md")).Replace("\r\n", "\n");
        return Example().Matches(guide).ToDictionary(m => m.Groups["path"].Value, m => m.Groups["body"].Value);
    }

    [Fact]
    public void Every_complete_example_in_the_guide_is_valid()
    {
        var files = Examples();
        // The budget example is Rochdale's; give it the council and plan it belongs to.
        files.TryAdd("content/organisations/rochdale.yml", "name: Rochdale Metropolitan Borough Council\nnation: England\n");
        files.TryAdd("content/plans/rochdale/child-care-service-improvement-plan-2007-2010/plan.yml",
            "title: Child Care Service Improvement Plan 2007-2010\norganisation: rochdale\nkind: improvement plan\nperiod: 2007/08 to 2009/10\nstatus: published\n");
        using var site = new TempSite(files);
        DiagnosticAssert.None(site.Validate());
    }

    [Theory]
    [InlineData("site.yml")]
    [InlineData("content/organisations/")]
    [InlineData("content/frameworks/")]
    [InlineData("content/definitions/")]
    [InlineData("/plan.yml")]
    [InlineData("/objectives/")]
    [InlineData("/indicators/")]
    [InlineData("/risks.yml")]
    [InlineData("/budget.yml")]
    [InlineData("/inspections.yml")]
    [InlineData("/projects.yml")]
    [InlineData("/tables/")]
    [InlineData("/sections/")]
    public void The_guide_has_a_complete_example_of_each_file_kind(string place) =>
        Assert.Contains(Examples().Keys, path => path.Contains(place, StringComparison.Ordinal));

    [GeneratedRegex(@"<!-- example: (?<path>\S+) -->\n```(?:yaml|markdown)\n(?<body>.*?)```", RegexOptions.Singleline)]
    private static partial Regex Example();
}
