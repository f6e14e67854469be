using System.Globalization;
using System.Text;

namespace SiteGen.Benchmarks;

/// <summary>
/// Writes a valid content folder of N councils at the proportions of real plans: 3 plans each of
/// 10 objectives (a few paragraphs each, 5 actions), 60 indicators over 6 periods with targets and
/// comparators, 15 risks and a 40-line budget; national indicator definitions shared by all.
/// Deterministic: the same seed gives the same files.
/// </summary>
public static class SyntheticCorpus
{
    private static readonly string[] Vocabulary = (
        "children young people families parents carers school schools education attainment achievement pupils looked after care placement " +
        "placements foster fostering adoption adopted safeguarding protection plan plans review reviews assessment assessments initial core " +
        "referral referrals social worker workers team teams service services support early years health emotional wellbeing mental disabled " +
        "disabilities youth offending justice training employment participation positive activities budget funding grant capital revenue " +
        "partnership partners trust board commissioning locality integrated prevention intervention outcomes priority priorities target targets " +
        "performance indicator indicators improve improvement increase reduce reduction deliver delivery develop development implement " +
        "strategy action actions monitor monitoring quality audit data recruitment retention workforce leadership management stability " +
        "attendance absence exclusion exclusions literacy numeracy stage key progress level levels qualification apprenticeship transition " +
        "leaving leavers accommodation housing poverty community communities voluntary sector police primary secondary special needs inclusion " +
        "behaviour bullying safety risk risks mitigation controls council authority national local regional statistical neighbours comparator " +
        "annual quarterly report reporting consultation engagement voice rights advocacy respite short breaks therapy therapeutic centre centres " +
        "extended childcare nursery provision sufficiency transport meals healthy obesity smoking alcohol substance misuse teenage pregnancy " +
        "conception sexual vaccination immunisation dental infant mortality breastfeeding homeless asylum unaccompanied custody remand reoffending").Split(' ');

    private static readonly string[] Outcomes = ["be-healthy", "stay-safe", "enjoy-and-achieve", "positive-contribution", "economic-wellbeing"];

    public sealed record Summary(int Councils, int Plans, int Indicators, int Files);

    public static Summary Write(string root, int councils, int seed = 20261122)
    {
        var random = new Random(seed);
        var content = Path.Combine(root, "content");
        Directory.CreateDirectory(content);
        File.WriteAllText(Path.Combine(root, "site.yml"), "title: Synthetic plans\nbase_url: https://plans.example.org/\n");
        Write(content, "frameworks/ecm.yml", "name: Every Child Matters\noutcomes:\n" + string.Concat(new[] { "be-healthy", "stay-safe", "enjoy-and-achieve", "positive-contribution", "economic-wellbeing" }.Select(o => $"  - {{id: {o}, name: {o.Replace('-', ' ')}}}\n")));

        var definitions = new StringBuilder("set: National Indicator Set\ndefinitions:\n");
        for (var i = 1; i <= 200; i++)
        {
            definitions.Append(CultureInfo.InvariantCulture, $"  - reference: NI {i}\n    title: \"{Sentence(random, 6, 12)}\"\n    unit: percent\n    polarity: {(i % 3 == 0 ? "lower-is-better" : "higher-is-better")}\n");
        }

        Write(content, "definitions/ni.yml", definitions.ToString());
        var files = 3;
        var indicators = 0;
        for (var c = 1; c <= councils; c++)
        {
            var id = $"council-{c:D3}";
            var officers = new StringBuilder();
            for (var o = 1; o <= 12; o++) officers.Append(CultureInfo.InvariantCulture, $"  - {{id: o{o}, post: \"{Title(random, 3)} Manager\", name: \"Officer {c}-{o}\"}}\n");
            Write(content, $"organisations/{id}.yml", $"name: Council {c} of {Title(random, 1)}\nnation: {(c % 5 == 0 ? "Wales" : "England")}\nstatistical_neighbours: [{string.Join(", ", Enumerable.Range(1, 10).Select(n => $"Council {(c + n) % councils + 1}"))}]\nofficers:\n{officers}");
            files++;
            for (var p = 1; p <= 3; p++)
            {
                files += WritePlan(content, random, id, p, ref indicators);
            }
        }

        return new Summary(councils, councils * 3, indicators, files);
    }

    private static int WritePlan(string content, Random random, string council, int number, ref int indicatorCount)
    {
        var folder = $"plans/{council}/plan-{number}";
        var files = 0;
        Write(content, $"{folder}/plan.yml", $$"""
            title: "Children's Services Plan {{number}} of {{council}}"
            organisation: {{council}}
            kind: service plan
            period: 2007/08 to 2009/10
            status: published
            published: 2007-03
            responsible_officer: o1
            frameworks: [ecm]
            vision: "{{Sentence(random, 15, 25)}}"
            glossary:
              - {term: CAF, meaning: Common Assessment Framework}
              - {term: LAC, meaning: Looked after children}
            risk_scale:
              likelihood: {levels: [1, 2, 3, 4]}
              impact: {label: Severity, levels: [1, 2, 3, 4]}
              bands:
                - {name: Low, up_to: 4}
                - {name: Medium, up_to: 9}
                - {name: High, up_to: 16}
            """);
        files++;

        var references = new List<string>();
        var indicatorsYaml = new StringBuilder("indicators:\n");
        var national = Enumerable.Range(1, 200).OrderBy(_ => random.Next()).Take(40).Order().ToList();
        foreach (var n in national)
        {
            references.Add($"NI {n}");
            indicatorsYaml.Append(CultureInfo.InvariantCulture, $"  - reference: NI {n}\n");
            AppendValues(indicatorsYaml, random, percent: true);
        }

        for (var l = 1; l <= 20; l++)
        {
            var reference = $"LOC {number}{l:D2}";
            references.Add(reference);
            indicatorsYaml.Append(CultureInfo.InvariantCulture, $"  - reference: {reference}\n    title: \"{Sentence(random, 6, 12)}\"\n    unit: {(l % 4 == 0 ? "count" : "percent")}\n    polarity: higher-is-better\n");
            AppendValues(indicatorsYaml, random, percent: l % 4 != 0);
        }

        indicatorCount += references.Count;
        Write(content, $"{folder}/indicators/all.yml", indicatorsYaml.ToString());
        files++;

        for (var o = 1; o <= 10; o++)
        {
            var actions = new StringBuilder();
            for (var a = 1; a <= 5; a++)
            {
                actions.Append(CultureInfo.InvariantCulture, $"  - reference: \"{o}.{a}\"\n    description: \"{Sentence(random, 8, 16)}\"\n    timescale: March 20{8 + a % 3:D2}\n    due: 20{8 + a % 3:D2}-03\n    lead: o{1 + (o + a) % 12}\n    partners: [Health, Schools, Police]\n");
            }

            var measured = string.Join(", ", references.Skip((o - 1) * 6).Take(6));
            Write(content, $"{folder}/objectives/{o:D2}-objective.yml", $$"""
                reference: "{{o}}"
                title: "{{Sentence(random, 6, 12)}}"
                description: |
                  {{Sentence(random, 30, 50)}}

                  {{Sentence(random, 30, 50)}}

                  {{Sentence(random, 20, 40)}}
                outcomes: [{{Outcomes[o % 5]}}]
                indicators: [{{measured}}]
                actions:
                {{actions}}
                """);
            files++;
        }

        var risks = new StringBuilder("risks:\n");
        for (var r = 1; r <= 15; r++)
        {
            risks.Append(CultureInfo.InvariantCulture, $"  - reference: R{r}\n    description: \"{Sentence(random, 10, 18)}\"\n    owner: o{1 + r % 12}\n    inherent: {{likelihood: {1 + random.Next(4)}, impact: {1 + random.Next(4)}}}\n    residual: {{likelihood: {1 + random.Next(2)}, impact: {1 + random.Next(3)}}}\n    mitigation: \"{Sentence(random, 10, 20)}\"\n");
        }

        Write(content, $"{folder}/risks.yml", risks.ToString());
        var lines = new StringBuilder();
        var total = 0;
        for (var b = 1; b <= 40; b++)
        {
            var value = random.Next(10, 4000);
            total += value;
            lines.Append(CultureInfo.InvariantCulture, $"      - {{reference: \"{b}\", name: \"{Title(random, 3)}\", values: {{net: \"{value:N0}\"}}}}\n");
        }

        Write(content, $"{folder}/budget.yml", $"budgets:\n  - title: Revenue budget\n    unit: \"£'000\"\n    columns:\n      - {{id: net, label: Net, year: 2007/08, basis: approved}}\n    lines:\n{lines}    total: {{name: Total, values: {{net: \"{total:N0}\"}}}}\n");
        Write(content, $"{folder}/sections/01-context.md", $"---\ntitle: Context\n---\n{Sentence(random, 40, 60)}\n\n{Sentence(random, 40, 60)}\n");
        return files + 3;
    }

    /// <summary>A series and a comparator; figures of a count indicator are written without a percent sign, as it would print them.</summary>
    private static void AppendValues(StringBuilder yaml, Random random, bool percent)
    {
        var sign = percent ? "%" : string.Empty;
        yaml.Append("    values:\n");
        var value = 40 + random.Next(50);
        for (var y = 4; y <= 9; y++)
        {
            value = Math.Clamp(value + random.Next(-5, 7), 0, 100);
            var period = $"20{y:D2}/{y + 1:D2}";
            yaml.Append(y <= 7
                ? $"      - {{period: {period}, actual: {value}{sign}{(y == 7 ? $", target: {value + random.Next(-3, 4)}{sign}" : string.Empty)}}}\n"
                : $"      - {{period: {period}, target: {value + random.Next(0, 5)}{sign}}}\n");
        }

        yaml.Append(CultureInfo.InvariantCulture, $"    comparators:\n      - {{against: statistical-neighbours, period: 2006/07, value: {40 + random.Next(50)}{sign}}}\n");
    }

    private static string Sentence(Random random, int min, int max)
    {
        var count = random.Next(min, max + 1);
        var words = Enumerable.Range(0, count).Select(_ => Vocabulary[Zipf(random, Vocabulary.Length)]);
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    private static string Title(Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]).Select(w => char.ToUpperInvariant(w[0]) + w[1..]));

    /// <summary>Word frequencies fall off as in real text: the r-th word about 1/r as often as the first.</summary>
    private static int Zipf(Random random, int n)
    {
        var u = random.NextDouble();
        return Math.Min(n - 1, (int)Math.Floor(Math.Exp(u * Math.Log(n + 1)) - 1));
    }

    private static void Write(string content, string relative, string text)
    {
        var full = Path.Combine(content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
    }
}
