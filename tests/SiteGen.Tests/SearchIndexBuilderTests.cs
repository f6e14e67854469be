using System.Text;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Pipeline;
using SiteGen.Routing;
using SiteGen.Search;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The index builder, made fast, writes byte for byte what the plain builder it replaced writes
/// (<see cref="PlainSearchIndexBuilder"/>): on the sample site's documents, and on documents made to
/// reach the awkward cases — accents and other non-ASCII text, stop words, terms with more than
/// <see cref="SearchIndexBuilder.MaximumPostings"/> postings and tied scores, split shards, excerpts
/// cut around "**" and runs of white space, missing owners, councils, plans and statuses.
/// </summary>
public sealed class SearchIndexBuilderTests : IClassFixture<SearchIndexBuilderTests.SampleDocuments>
{
    private readonly SampleDocuments _sample;

    public SearchIndexBuilderTests(SampleDocuments sample) => _sample = sample;

    /// <summary>The sample site's search documents, loaded once for the class.</summary>
    public sealed class SampleDocuments
    {
        public SampleDocuments()
        {
            var diagnostics = new DiagnosticBag();
            var loaded = ContentLoader.Load(RepositoryRoot.Combine("site.yml"), null, diagnostics) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
            Documents = SearchDocuments.From(loaded.Facts, new SiteRoutes(loaded.Facts.Site));
        }

        public IReadOnlyList<SearchDocument> Documents { get; }
    }

    public static TheoryData<string> Settings => ["default", "some types excluded", "some fields weighted 0"];

    [Theory]
    [MemberData(nameof(Settings))]
    public void Writes_the_files_of_the_plain_builder_for_the_sample_site(string settings) =>
        AssertSameFiles(_sample.Documents, SettingsNamed(settings));

    [Theory]
    [MemberData(nameof(Settings))]
    public void Writes_the_files_of_the_plain_builder_for_awkward_documents(string settings) =>
        AssertSameFiles(AwkwardDocuments(), SettingsNamed(settings));

    private static SearchSettings SettingsNamed(string name) => name switch
    {
        "default" => SearchSettings.Default,
        "some types excluded" => SearchSettings.Default with { Exclude = new HashSet<string> { "action", "page" } },
        _ => SearchSettings.Default with { Weights = new Dictionary<string, double> { ["title"] = 0, ["reference"] = 2.5, ["body"] = 1.3, ["owner"] = 0 } },
    };

    private static void AssertSameFiles(IReadOnlyList<SearchDocument> documents, SearchSettings settings)
    {
        var expected = PlainSearchIndexBuilder.Build(documents, settings, url => "../" + url);
        var actual = SearchIndexBuilder.Build(documents, settings, url => "../" + url);
        Assert.Equal(expected.Select(f => f.Path), actual.Select(f => f.Path));
        foreach (var (e, a) in expected.Zip(actual))
        {
            if (!e.Content.AsSpan().SequenceEqual(a.Content)) Assert.Equal(Encoding.UTF8.GetString(e.Content), Encoding.UTF8.GetString(a.Content));
        }
    }

    private static List<SearchDocument> AwkwardDocuments()
    {
        string[] words =
        [
            "review", "reviews", "referral", "referrals", "recruitment", "retention", "report", "reporting", "reduce", "reduction", "residential",
            "respite", "children", "care", "the", "of", "Ŵ", "café", "NAÏVE", "x\u0301y", "İstanbul", "ﬁle", "Straße", "K", "½", "٣", "NI-59", "SCC/004",
            "self-assessed", "hopping", "agreed", "generalizations", "sky", "y", "a1b2", "10th", "’s", "£77,254",
        ];
        // The excerpt is cut at this many characters: the cases straddle the cut.
        const int Cut = SearchIndexFormat.ExcerptLength;
        string[] bodies =
        [
            "", " \n\t ", "**Bold** start and ***three*** stars, ** spaced ** and a lone *", "  leading\r\n\r\nand   trailing  \t",
            new string('x', Cut - 1) + "**y and more", new string('x', Cut - 1) + "*y", new string('x', Cut - 1) + "* z", new string('x', Cut - 2) + " ** z",
            "Tabs\tand\u00a0no-break\u2003spaces stay " + new string('w', Cut + 100),
        ];
        var random = new Random(7);
        return Enumerable.Range(0, 1500).Select(i => new SearchDocument(
            $"doc-{i}/",
            SearchSettings.PageTypes[i % SearchSettings.PageTypes.Count],
            $"Title {i} {words[i % words.Length]} {words[i * 7 % words.Length]}",
            i % 10 == 0 ? $"RE {i}" : i % 13 == 0 ? $"{words[i % words.Length]}  NI {i % 5}" : null,
            string.Join(' ', Enumerable.Range(0, 30).Select(_ => words[random.Next(words.Length)])) + " " + bodies[i % bodies.Length],
            i % 3 == 0 ? $"Owner {words[i % words.Length]}" : null,
            i % 17 == 0 ? null : $"Council {i / 500}",
            i % 19 == 0 ? null : $"Plan {i / 100}",
            i % 4 == 0 ? [$"Outcome {i % 70}", "Safe"] : [],
            i % 6 == 0 ? null : $"status-{i % 4}") { Prose = bodies[i % bodies.Length] }).ToList();
    }
}
