using System.Text.Json;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// What a search result quotes: sentences from the document's prose, around the words searched for — never
/// Markdown's marks, a table's cells, or a run of fields (timescale, partners, the objective's title) strung together.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class SearchSnippetTests
{
    private readonly BuiltSample _sample;

    public SearchSnippetTests(BuiltSample sample) => _sample = sample;

    private List<JsonElement> Documents() => Directory.GetFiles(Path.Combine(_sample.Output, "search", "docs"), "*.json")
        .SelectMany(f => JsonDocument.Parse(File.ReadAllBytes(f)).RootElement.EnumerateArray())
        .ToList();

    [Fact]
    public void Excerpts_are_prose_without_Markdown()
    {
        var documents = Documents();
        var excerpts = documents.Where(d => d.TryGetProperty("e", out _)).Select(d => (Url: d.GetProperty("u").GetString()!, Text: d.GetProperty("e").GetString()!)).ToList();
        Assert.True(excerpts.Count > 200, $"only {excerpts.Count} documents have prose to quote");
        Assert.All(excerpts, e =>
        {
            Assert.DoesNotContain("](", e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("**", e.Text, StringComparison.Ordinal);
            Assert.DoesNotContain(" | ", e.Text, StringComparison.Ordinal);
            Assert.False(e.Text.StartsWith('#'), e.Url);
        });

        // A council's document is a list of its plans and neighbours: nothing to quote.
        Assert.All(documents.Where(d => d.GetProperty("t").GetString() == "council"), d => Assert.False(d.TryGetProperty("e", out _)));
    }

    [Fact]
    public void An_action_quotes_its_sub_actions_not_its_timescale_and_objective()
    {
        var action = Documents().Single(d => d.GetProperty("ti").GetString()!.StartsWith("Continue to work with our partners to develop more advanced skills", StringComparison.Ordinal));
        var excerpt = action.GetProperty("e").GetString()!;
        Assert.Contains("delivering training for partner agencies", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("Keeping children and young people safe", excerpt, StringComparison.Ordinal);
        Assert.DoesNotContain("2010/11", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_quotes_its_paragraphs_around_the_words_searched_for()
    {
        var engine = new SearchEngine(p => File.Exists(Path.Combine(_sample.Output, "search", p)) ? File.ReadAllBytes(Path.Combine(_sample.Output, "search", p)) : null);
        var results = engine.Search("foster carers recruitment");
        var quoted = results.Hits.Where(h => h.Metadata.TryGetProperty("e", out _)).Take(5).Select(h => Snippet.Of(h.Metadata.GetProperty("e").GetString()!, results.Stems)).ToList();
        Assert.NotEmpty(quoted);
        Assert.Contains(quoted, s => s.Marked.Any(m => m));
        Assert.All(quoted, s => Assert.True(s.End - s.Start <= Snippet.Size));
    }
}
