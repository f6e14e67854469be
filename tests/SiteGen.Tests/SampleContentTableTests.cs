using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>The table of sample plans in content/README.md says what the content holds; this keeps it true.</summary>
public sealed partial class SampleContentTableTests : IClassFixture<SamplePlanBindingTests.LoadedSample>
{
    private readonly SamplePlanBindingTests.LoadedSample _sample;

    public SampleContentTableTests(SamplePlanBindingTests.LoadedSample sample) => _sample = sample;

    [Fact]
    public void The_guides_table_of_sample_plans_matches_the_loaded_content()
    {
        var guide = File.ReadAllText(RepositoryRoot.Combine("content", "README.md"));
        var rows = Row().Matches(guide).ToDictionary(m => m.Groups["plan"].Value, m => Enumerable.Range(1, 6).Select(i => int.Parse(m.Groups["n" + i].Value)).ToArray());
        var plans = _sample.Facts.Site.Plans;
        Assert.True(rows.Count >= 2, $"only {rows.Count} rows of the table were read from the guide");
        Assert.Equal(plans.Select(p => p.Id).Order(StringComparer.Ordinal), rows.Keys.Order(StringComparer.Ordinal));
        Assert.All(plans, plan => Assert.Equal(
            (IEnumerable<int>)rows[plan.Id],
            new[] { plan.Objectives.Count, plan.Objectives.Sum(o => o.Actions.Count), plan.Indicators.Count, plan.RiskRegister?.Risks.Count ?? 0, plan.Budgets.Sum(b => b.Lines.Count), plan.ProgressReports.Count }));
    }

    [GeneratedRegex(@"^\| `(?<plan>[a-z0-9/-]+)` \| (?<n1>\d+) \| (?<n2>\d+) \| (?<n3>\d+) \| (?<n4>\d+) \| (?<n5>\d+) \| (?<n6>\d+) \|$", RegexOptions.Multiline)]
    private static partial Regex Row();
}
