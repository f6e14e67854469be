using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Any text of a plan may be given in Welsh beside its English (<c>title: {en-GB: …, cy: …}</c>). On a Welsh page a
/// text given in Welsh is shown in Welsh, unmarked; a text given only in English is shown in English, marked
/// <c>lang="en-GB"</c> wherever it appears — in its own place, inside the theme's Welsh sentences (the plan in short,
/// "Camau gweithredu …" headings, breadcrumbs, link texts) and on charts. Read from every page of a small site built
/// for the purpose: its English texts all hold the word <see cref="English"/>, its Welsh ones <see cref="Welsh"/>,
/// and neither word is in the theme's words, so every text node holding one is the content's.
/// </summary>
public sealed class TranslatedTextTests
{
    private const string English = "Zedland";
    private const string Welsh = "Sirzed";
    private const string Plan = "content/plans/testshire/plan-2009";

    /// <summary>A Welsh council's plan with every kind of text, some of them given in Welsh too.</summary>
    private static Dictionary<string, string> Files() => new()
    {
        ["site.yml"] = "title: Test plans\nlanguages: [en-GB, cy]\n",
        ["content/organisations/testshire.yml"] = """
            name: Zedland County Council
            nation: Wales
            languages: [en-GB, cy]
            officers:
              - {id: dcs, post: Zedland Director of Children's Services, name: Ann Example}
              - {id: hos, post: {en-GB: Zedland Head of Service, cy: Pennaeth Gwasanaeth Sirzed}}
            """,
        ["content/frameworks/ecm.yml"] = """
            name: Zedland Outcomes
            outcomes:
              - {id: stay-safe, name: {en-GB: Zedland stay safe, cy: Aros yn ddiogel yn Sirzed}}
            """,
        ["content/definitions/zedland.yml"] = """
            set: {en-GB: Zedland measures, cy: Mesurau Sirzed}
            definitions:
              - reference: ZED 1
                title: {en-GB: Zedland children adopted, cy: Plant Sirzed wedi eu mabwysiadu}
                description: {en-GB: Zedland children adopted in the year., cy: Plant Sirzed a fabwysiadwyd yn y flwyddyn.}
                unit: count
                polarity: higher-is-better
                period_kind: financial-year
            """,
        [$"{Plan}/plan.yml"] = """
            title: {en-GB: Zedland Plan for Children, cy: Cynllun Sirzed i Blant}
            subtitle: Zedland subtitle of the plan
            organisation: testshire
            kind: Zedland directorate plan
            period: 2009/10 to 2010/11
            status: published
            published: 2009-03
            responsible_officer: dcs
            frameworks: [ecm]
            summary:
              en-GB: Zedland summary of what the plan promises.
              cy: Crynodeb Sirzed o addewid y cynllun.
            aims:
              - {en-GB: Zedland aim given in both, cy: Nod Sirzed}
              - Zedland aim given in English only
            risk_scale:
              likelihood: {levels: [1, 2, 3, 4]}
              impact: {levels: [1, 2, 3, 4]}
              bands:
                - {name: Low, up_to: 4}
                - {name: Medium, up_to: 9}
                - {name: High, up_to: 16}
            """,
        [$"{Plan}/objectives/1-safe.yml"] = """
            reference: "1"
            title: {en-GB: Keep Zedland children safe, cy: Cadw plant Sirzed yn ddiogel}
            description: Zedland description of the objective.
            outcomes: [stay-safe]
            indicators: [local-1, local-2]
            risks: [R1]
            actions:
              - reference: "1.1"
                description: {en-GB: Recruit Zedland social workers, cy: Recriwtio gweithwyr cymdeithasol Sirzed}
                timescale: Zedland spring
                lead: hos
                partners: [Zedland police, {en-GB: Zedland health board, cy: Bwrdd iechyd Sirzed}]
              - reference: "1.2"
                description: Train Zedland foster carers
                lead: dcs
            """,
        [$"{Plan}/objectives/2-healthy.yml"] = """
            reference: "2"
            title: Keep Zedland children healthy
            actions:
              - reference: "2.1"
                description: Open a Zedland clinic
            """,
        [$"{Plan}/indicators/main.yml"] = """
            indicators:
              - id: local-1
                title: {en-GB: Zedland assessments completed, cy: Asesiadau Sirzed wedi eu cwblhau}
                unit: count
                polarity: higher-is-better
                values:
                  - {period: 2008/09, actual: 65}
                  - {period: 2009/10, actual: 70, target: 80}
                commentary: Zedland commentary on the assessments.
              - id: local-2
                title: Zedland children seen
                unit: count
                polarity: higher-is-better
                values:
                  - {period: 2007/08, actual: Zedland figures not kept}
                  - {period: 2008/09, actual: 10}
                  - {period: 2009/10, actual: 12, target: 11}
              - id: local-3
                definition: ZED 1
                values:
                  - {period: 2008/09, actual: 5}
                  - {period: 2009/10, actual: 7}
            """,
        [$"{Plan}/risks.yml"] = """
            risks:
              - reference: R1
                description: {en-GB: Zedland social workers leave, cy: Gweithwyr cymdeithasol Sirzed yn gadael}
                controls: [Zedland training, {en-GB: Zedland pay review, cy: Adolygiad cyflog Sirzed}]
                owner: hos
                inherent: {likelihood: 3, impact: 4}
                residual: {likelihood: 2, impact: 2}
                objectives: ["1"]
            """,
        [$"{Plan}/budget.yml"] = """
            budgets:
              - title: {en-GB: Zedland revenue budget, cy: Cyllideb refeniw Sirzed}
                columns:
                  - {id: net, label: Zedland net spend}
                lines:
                  - {name: {en-GB: Zedland fieldwork, cy: Gwaith maes Sirzed}, values: {net: "1,000"}}
                  - {name: Zedland fostering, values: {net: "2,500"}}
                total: {name: Zedland total, values: {net: "3,500"}}
            """,
        [$"{Plan}/progress/q4-2009-10.yml"] = """
            period: Q4 2009/10
            title: Zedland progress report
            published: 2010-05-20
            actions:
              - {action: "1.1", status: amber, commentary: {en-GB: Zedland posts still vacant, cy: Swyddi Sirzed yn wag o hyd}}
              - {action: "1.2", status: green, commentary: Zedland carers trained}
            indicators:
              - {indicator: local-1, status: green, value: "70"}
            """,
        [$"{Plan}/tables/caseload.yml"] = """
            title: Zedland caseloads
            columns: [Zedland team, Cases]
            rows:
              - [Zedland north team, "35"]
              - [{en-GB: Zedland south team, cy: Tîm de Sirzed}, "19"]
            """,
    };

    [Fact]
    public async Task On_welsh_pages_a_text_given_in_welsh_is_shown_unmarked_and_every_text_given_only_in_english_is_marked_english()
    {
        using var site = new TempSite(Files());
        var output = site.Path("_site");
        var result = await site.BuildAsync(output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var pages = Directory.GetFiles(Path.Combine(output, "cy", "testshire"), "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= 6, $"only {pages.Length} Welsh pages");
        var wrong = new List<string>();
        var welshSeen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            var name = Path.GetRelativePath(output, page);
            foreach (var text in TextNodes(document.Body!))
            {
                var value = text.TextContent;
                var language = (text.ParentElement!.Closest("[lang]"))?.GetAttribute("lang");
                if (value.Contains(English, StringComparison.Ordinal) && language != "en-GB") wrong.Add($"{name}: \"{value.Trim()}\" is in lang=\"{language}\", not en-GB");
                if (value.Contains(Welsh, StringComparison.Ordinal))
                {
                    welshSeen.Add(value.Trim());
                    if (language != "cy") wrong.Add($"{name}: the Welsh \"{value.Trim()}\" is marked lang=\"{language}\"");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Distinct().Take(60)));

        // Each text the plan gives in Welsh is shown in Welsh somewhere (and so never in English, which the loop would have found unmarked… or marked).
        foreach (var given in new[] { "Cynllun Sirzed i Blant", "Cadw plant Sirzed yn ddiogel", "Recriwtio gweithwyr cymdeithasol Sirzed", "Bwrdd iechyd Sirzed", "Asesiadau Sirzed wedi eu cwblhau", "Gweithwyr cymdeithasol Sirzed yn gadael", "Adolygiad cyflog Sirzed", "Cyllideb refeniw Sirzed", "Gwaith maes Sirzed", "Swyddi Sirzed yn wag o hyd", "Tîm de Sirzed", "Nod Sirzed", "Crynodeb Sirzed o addewid y cynllun.",
            // The shared files' texts: a definition's title, a framework's outcome, an officer's post.
            "Plant Sirzed wedi eu mabwysiadu", "Aros yn ddiogel yn Sirzed", "Pennaeth Gwasanaeth Sirzed" })
        {
            Assert.Contains(welshSeen, seen => seen.Contains(given, StringComparison.Ordinal));
        }

        // The English pages show the English, with nothing marked as another language.
        foreach (var page in Directory.GetFiles(Path.Combine(output, "testshire"), "*.html", SearchOption.AllDirectories))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(page));
            Assert.DoesNotContain(Welsh, document.Body!.TextContent, StringComparison.Ordinal);
            Assert.Empty(document.QuerySelectorAll("main [lang]"));
        }
    }

    [Fact]
    public async Task The_welsh_search_index_reads_the_texts_given_in_welsh_and_the_english_one_does_not()
    {
        using var site = new TempSite(Files());
        var output = site.Path("_site");
        var result = await site.BuildAsync(output);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        SiteGen.Search.SearchEngine Engine(string folder, SiteGen.Search.SearchLanguage language) =>
            new(p => File.Exists(Path.Combine(output, folder, p)) ? File.ReadAllBytes(Path.Combine(output, folder, p)) : null, language);
        var welsh = Engine("cy/search", SiteGen.Search.SearchLanguage.Welsh);
        var english = Engine("search", SiteGen.Search.SearchLanguage.English);

        // An action's description, a risk's and an indicator's title, a shared definition's title, given in Welsh: found in Welsh (a mutated form too), not in English.
        foreach (var word in new[] { "recriwtio", "gadael", "asesiadau", "blant", "mabwysiadu" })
        {
            Assert.True(welsh.Search(word).Total > 0, $"the Welsh index does not find '{word}'");
            Assert.Equal(0, english.Search(word).Total);
        }

        // A text given only in English is searched in English on both.
        Assert.True(welsh.Search("clinic").Total > 0);
        Assert.True(english.Search("clinic").Total > 0);
    }

    /// <summary>An editor that checks the files against the schemas accepts a text given in each language wherever SiteGen does.</summary>
    [Fact]
    public void Every_file_with_texts_in_both_languages_is_valid_against_its_schema()
    {
        static string SchemaOf(string file) => file switch
        {
            "site.yml" => "site.schema.json",
            _ when file.StartsWith("content/organisations/", StringComparison.Ordinal) => "organisation.schema.json",
            _ when file.StartsWith("content/frameworks/", StringComparison.Ordinal) => "framework.schema.json",
            _ when file.StartsWith("content/definitions/", StringComparison.Ordinal) => "definitions.schema.json",
            _ when file.EndsWith("/plan.yml", StringComparison.Ordinal) => "plan.schema.json",
            _ when file.Contains("/objectives/", StringComparison.Ordinal) => "objective.schema.json",
            _ when file.Contains("/indicators/", StringComparison.Ordinal) => "indicators.schema.json",
            _ when file.Contains("/progress/", StringComparison.Ordinal) => "progress.schema.json",
            _ when file.Contains("/tables/", StringComparison.Ordinal) => "table.schema.json",
            _ => Path.GetFileNameWithoutExtension(file) + ".schema.json",
        };
        var documents = Files().Select(f => (f.Key, SchemaOf(f.Key), YamlToJson.Convert(f.Value, f.Key))).ToList();
        var results = SchemaValidator.Validate(RepositoryRoot.Combine("schemas"), documents);
        Assert.Equal(documents.Count, results.Count);
        var failures = results.Where(r => !r.Valid).Select(r => r.Name + ": " + string.Join("; ", r.Errors.Take(5))).ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>The text nodes a reader sees: not in scripts, and not in SVG's title and description, which cannot hold a language mark of their own for part of a sentence (the figure's caption repeats the description, marked).</summary>
    private static IEnumerable<INode> TextNodes(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { LocalName: "script" or "style" or "title" or "desc" or "template" }) continue;
            if (child.NodeType == NodeType.Text && child.TextContent.Trim().Length > 0) yield return child;
            foreach (var inner in TextNodes(child)) yield return inner;
        }
    }
}
