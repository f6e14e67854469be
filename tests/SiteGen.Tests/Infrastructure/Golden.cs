using System.Text.RegularExpressions;
using AngleSharp.Diffing;
using Xunit;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// Golden-file comparison of HTML. Markup is compared as parsed HTML (AngleSharp.Diffing), so
/// whitespace and attribute order do not matter, and content-hashed asset names are normalised.
/// To accept a deliberate change, run the tests with SITEGEN_ACCEPT_GOLDEN=1, then read the diff of
/// tests/SiteGen.Tests/Golden/ before committing it: an accepted golden file is a claim that the
/// page is right.
/// </summary>
public static partial class Golden
{
    public static void AssertMatches(string name, string actualHtml)
    {
        var path = RepositoryRoot.Combine("tests", "SiteGen.Tests", "Golden", name);
        var actual = Normalise(actualHtml);
        if (Environment.GetEnvironmentVariable("SITEGEN_ACCEPT_GOLDEN") == "1")
        {
            // Accepting writes the output over the expectation and passes whatever it is: never where nobody reads the diff.
            Assert.True(string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")), "SITEGEN_ACCEPT_GOLDEN is set in CI, where every golden test would pass unread.");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }

        Assert.True(File.Exists(path), $"No golden file {path}. Run the tests with SITEGEN_ACCEPT_GOLDEN=1 to create it, then check it by eye.");
        var expected = File.ReadAllText(path);
        var diffs = DiffBuilder.Compare(expected).WithTest(actual).Build().ToList();
        Assert.True(diffs.Count == 0, $"{name} differs from the golden file in {diffs.Count} places:\n" + string.Join("\n", diffs.Take(20).Select(Describe)));
    }

    /// <summary>
    /// Asset names without their hash; and the stylesheet the not-found page carries inline stands for itself,
    /// so a change to site.css does not change that page's golden file (ReaderDetailsTests checks it is the stylesheet).
    /// </summary>
    private static string Normalise(string html) => InlineStyle().Replace(AssetHash().Replace(html, "$1.HASH.$2"), "<style>/* the theme's stylesheets */</style>");

    private static string Describe(AngleSharp.Diffing.Core.IDiff diff) => diff switch
    {
        AngleSharp.Diffing.Core.NodeDiff n => $"changed: {n.Control.Path} '{Text(n.Control.Node)}' → '{Text(n.Test.Node)}'",
        AngleSharp.Diffing.Core.AttrDiff a => $"attribute: {a.Control.Path} '{a.Control.Attribute.Value}' → '{a.Test.Attribute.Value}'",
        AngleSharp.Diffing.Core.MissingNodeDiff m => $"missing: {m.Control.Path} '{Text(m.Control.Node)}'",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff u => $"unexpected: {u.Test.Path} '{Text(u.Test.Node)}'",
        AngleSharp.Diffing.Core.UnexpectedAttrDiff ua => $"unexpected attribute: {ua.Test.Path} = '{ua.Test.Attribute.Value}'",
        AngleSharp.Diffing.Core.MissingAttrDiff ma => $"missing attribute: {ma.Control.Path} = '{ma.Control.Attribute.Value}'",
        _ => diff.Result + " " + diff.Target,
    };

    private static string Text(AngleSharp.Dom.INode node) => node.TextContent.Length > 80 ? node.TextContent[..80] + "…" : node.TextContent;

    [GeneratedRegex(@"([a-z]+)\.[0-9a-f]{8}\.(css|js|svg)")]
    private static partial Regex AssetHash();

    [GeneratedRegex(@"<style>[\s\S]*?</style>")]
    private static partial Regex InlineStyle();
}
