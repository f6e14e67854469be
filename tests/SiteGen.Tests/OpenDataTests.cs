using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using CsvHelper;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The data packages of the built sample site, checked as a reuser's tools would: every package's
/// descriptor names files that exist, with the size and hash it states, and every row of every CSV reads as
/// the types its Table Schema gives, with no required cell empty.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed class OpenDataTests
{
    private readonly BuiltSample _sample;
    private readonly BuiltGoldenSite _golden;

    public OpenDataTests(BuiltSample sample, BuiltGoldenSite golden)
    {
        _sample = sample;
        _golden = golden;
    }

    private static IReadOnlyList<string> Descriptors(string output) =>
        Directory.GetFiles(Path.Combine(output, "data"), "datapackage.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Every_plan_and_the_whole_site_have_a_data_package()
    {
        var plans = Directory.GetDirectories(_sample.Site.Path("content/plans")).SelectMany(Directory.GetDirectories)
            .Select(d => Path.GetRelativePath(_sample.Site.Path("content/plans"), d).Replace('\\', '/'))
            .ToList();
        Assert.True(plans.Count >= 5, $"only {plans.Count} plans in the sample");
        Assert.True(File.Exists(Path.Combine(_sample.Output, "data", "datapackage.json")));
        foreach (var plan in plans)
        {
            Assert.True(File.Exists(Path.Combine(_sample.Output, "data", plan, "datapackage.json")), plan + " has no data package");
        }

        Assert.Equal(plans.Count + 1, Descriptors(_sample.Output).Count);
    }

    [Fact]
    public void Every_resource_exists_matches_its_size_and_hash_and_every_row_matches_its_schema()
    {
        var descriptors = Descriptors(_sample.Output);
        var rows = 0;
        foreach (var file in descriptors)
        {
            var package = JsonDocument.Parse(File.ReadAllText(file)).RootElement;
            var where = Path.GetRelativePath(_sample.Output, file);
            Assert.Equal("tabular-data-package", package.GetProperty("profile").GetString());
            Assert.Matches("^[a-z0-9._/-]+$", package.GetProperty("name").GetString());
            var licence = Assert.Single(package.GetProperty("licenses").EnumerateArray());
            Assert.Equal("https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/", licence.GetProperty("path").GetString());
            Assert.NotEmpty(package.GetProperty("sources").EnumerateArray());
            Assert.All(package.GetProperty("sources").EnumerateArray(), s => Assert.StartsWith("https://plans.example.org/", s.GetProperty("path").GetString()));
            var resources = package.GetProperty("resources").EnumerateArray().ToList();
            Assert.NotEmpty(resources);
            foreach (var resource in resources)
            {
                var path = Path.Combine(Path.GetDirectoryName(file)!, resource.GetProperty("path").GetString()!);
                Assert.True(File.Exists(path), $"{where} names {path}, which was not written");
                var bytes = File.ReadAllBytes(path);
                Assert.Equal(bytes.Length, resource.GetProperty("bytes").GetInt64());
                Assert.Equal("sha256:" + Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant(), resource.GetProperty("hash").GetString());
                rows += CheckRows(Path.GetRelativePath(_sample.Output, path), bytes, resource.GetProperty("schema"));
            }
        }

        Assert.True(rows > 2000, $"only {rows} rows checked");
    }

    /// <summary>Reads the CSV back and checks each cell against its field's type and required constraint; returns the rows read.</summary>
    private static int CheckRows(string where, byte[] bytes, JsonElement schema)
    {
        var fields = schema.GetProperty("fields").EnumerateArray()
            .Select(f => (Name: f.GetProperty("name").GetString()!, Type: f.GetProperty("type").GetString()!,
                Required: f.TryGetProperty("constraints", out var c) && c.GetProperty("required").GetBoolean(),
                Description: f.GetProperty("description").GetString()!))
            .ToList();
        Assert.All(fields, f => Assert.False(string.IsNullOrWhiteSpace(f.Description), $"{where}: column {f.Name} is not described"));
        using var csv = CsvReader.Create(bytes, new CsvReaderOptions { Separator = ',', TrackLineNumbers = true });
        Assert.Equal(fields.Select(f => f.Name), csv.Headers);
        var count = 0;
        while (csv.Read())
        {
            count++;
            Assert.True(csv.FieldCount == fields.Count, $"{where} line {csv.LineNumber} has {csv.FieldCount} cells for {fields.Count} columns");
            for (var i = 0; i < fields.Count; i++)
            {
                var value = csv.GetString(i) ?? string.Empty;
                var (name, type, required, _) = fields[i];
                if (value.Length == 0)
                {
                    Assert.False(required, $"{where} line {csv.LineNumber}: {name} is required but empty");
                    continue;
                }

                Assert.True(Reads(type, value), $"{where} line {csv.LineNumber}: '{value}' in {name} is not a {type}");
            }
        }

        Assert.True(count > 0, where + " has no rows");
        return count;
    }

    /// <summary>The lexical forms Table Schema gives each type (with its default options).</summary>
    private static bool Reads(string type, string value) => type switch
    {
        "string" => true,
        "number" => decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _),
        "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
        "boolean" => value is "true" or "false",
        "date" => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        _ => throw new InvalidDataException("a Table Schema type SiteGen does not write: " + type),
    };

    [Fact]
    public void The_whole_site_table_holds_every_council_s_indicators_with_their_shared_definitions()
    {
        var indicators = Rows(Path.Combine(_sample.Output, "data", "indicators.csv"));
        var perPlan = Directory.GetFiles(Path.Combine(_sample.Output, "data"), "indicators.csv", SearchOption.AllDirectories)
            .Where(f => Path.GetDirectoryName(f) != Path.Combine(_sample.Output, "data"))
            .Sum(f => Rows(f).Count);
        Assert.Equal(perPlan, indicators.Count);
        Assert.True(indicators.Select(r => r["council"]).Distinct().Count() >= 5);

        var definitions = Rows(Path.Combine(_sample.Output, "data", "definitions.csv"));
        var defined = definitions.Select(d => d["reference"]).ToHashSet(StringComparer.Ordinal);
        Assert.All(indicators.Where(r => r["definition"].Length > 0), r => Assert.Contains(r["definition"], defined));
        var shared = definitions.Where(d => int.Parse(d["councils"], CultureInfo.InvariantCulture) > 1).ToList();
        Assert.NotEmpty(shared);
        foreach (var definition in shared)
        {
            Assert.Equal(int.Parse(definition["councils"], CultureInfo.InvariantCulture), indicators.Where(r => r["definition"] == definition["reference"]).Select(r => r["council"]).Distinct().Count());
        }
    }

    [Fact]
    public void Figures_keep_their_printed_text_beside_the_number_and_the_judgement_is_on_the_judged_period()
    {
        var rows = Rows(Path.Combine(_golden.Output, "data", "exampleshire", "service-plan-2009", "indicators.csv"));
        var split = Assert.Single(rows, r => r["actual"] == "girls 61.4; boys 49.6");
        Assert.Equal(string.Empty, split["actual_number"]);
        var words = Assert.Single(rows, r => r["actual"] == "New indicator");
        Assert.Equal(string.Empty, words["actual_number"]);
        var ni59 = rows.Where(r => r["reference"] == "NI 59").ToList();
        var printed = Assert.Single(ni59, r => r["actual"] == "55.2%");
        Assert.Equal("55.2", printed["actual_number"]);
        Assert.Equal("percentage", printed["unit"]);
        var judged = ni59.Where(r => r["judgement"].Length > 0).ToList();
        Assert.True(judged.Count == 1, "the judgement is given on one row of NI 59, the judged period's");
        Assert.Contains(judged[0]["judgement"], new[] { "target met", "target not met" });
        Assert.True(decimal.TryParse(judged[0]["actual_number"], CultureInfo.InvariantCulture, out _) && decimal.TryParse(judged[0]["target_number"], CultureInfo.InvariantCulture, out _));
    }

    /// <summary>The download says what the indicator's page says of it: the site's judgement of its progress, on each of its rows.</summary>
    [Fact]
    public void Each_indicator_row_carries_the_site_s_judgement_of_its_progress_as_its_page_gives_it()
    {
        var rows = Rows(Path.Combine(_golden.Output, "data", "exampleshire", "service-plan-2009", "indicators.csv"));
        var scc004 = rows.Where(r => r["reference"] == "SCC/004").ToList();
        var parenting = rows.Where(r => r["title"] == "Parenting strategy agreed").ToList();
        Assert.True(scc004.Count > 1 && parenting.Count > 0, "the golden plan's SCC/004 has several rows and the parenting strategy at least one");
        Assert.All(scc004, r => Assert.Equal("on course", r["progress"]));
        Assert.All(parenting, r => Assert.Equal("not judged", r["progress"]));
        var page = File.ReadAllText(Path.Combine(_golden.Output, "exampleshire", "service-plan-2009", "indicators", "scc-004", "index.html"));
        Assert.Contains("On course", page, StringComparison.Ordinal);
    }

    private static List<Dictionary<string, string>> Rows(string path)
    {
        using var csv = CsvReader.FromFile(path);
        var header = csv.Headers.ToList();
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read()) rows.Add(header.Select((h, i) => (h, v: csv.GetString(i) ?? string.Empty)).ToDictionary(x => x.h, x => x.v, StringComparer.Ordinal));
        return rows;
    }
}
