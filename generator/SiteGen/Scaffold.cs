using SiteGen.Binding;
using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Import;
using SiteGen.Routing;
using SiteGen.Schema;
using SiteGen.Yaml;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen new plan|objective|indicator|risk</c>: a valid starting file in the right place, with
/// comments saying what to fill in. Never overwrites; checks the plan or organisation it belongs to exists,
/// and refuses an indicator or risk the plan already has, saying where it is. The texts to be replaced are
/// <see cref="Placeholders"/>, which validation warns about until they are; no made-up figure is written.
/// </summary>
public static class Scaffold
{
    public static int Run(string kind, string target, string? name, string config, TextWriter stdout, TextWriter stderr)
    {
        var diagnostics = new DiagnosticBag();
        var settings = SettingsLoader.Load(config, null, diagnostics);
        if (settings is null)
        {
            DiagnosticPrinter.Print(diagnostics.Sorted(), stderr);
            return SiteGenCommand.ContentErrors;
        }

        var content = settings.ContentFolder;
        string path;
        string text;
        switch (kind)
        {
            case "plan":
            {
                var parts = target.Split('/');
                if (parts.Length != 2 || parts.Any(p => p.Length == 0)) return Fail(stderr, "name the plan as organisation/plan-folder, e.g. herefordshire/directorate-plan-2011-2014");
                if (YamlFile(Path.Combine(content, "organisations", parts[0])) is null) return Fail(stderr, $"there is no organisation '{parts[0]}': add content/organisations/{parts[0]}.yml first (see content/README.md)");
                path = Path.Combine(content, "plans", parts[0], Slug.Of(parts[1]), "plan.yml");
                if (YamlFile(Path.Combine(Path.GetDirectoryName(path)!, "plan")) is { } existingPlan) return Fail(stderr, $"{settings.Relative(existingPlan)} already exists; SiteGen never overwrites content");
                var framework = Directory.Exists(Path.Combine(content, "frameworks"))
                    ? Directory.GetFiles(Path.Combine(content, "frameworks")).Where(IsYaml).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).FirstOrDefault()
                    : null;
                text = PlanTemplate(parts[0], framework);
                break;
            }

            case "objective" or "indicator" or "risk":
            {
                var planFolder = Path.Combine(content, "plans", target);
                if (YamlFile(Path.Combine(planFolder, "plan")) is not { } planFile) return Fail(stderr, $"there is no plan '{target}' (a folder under content/plans/ with a plan.yml)");
                if (string.IsNullOrWhiteSpace(name)) return Fail(stderr, $"give the new {kind}'s {(kind == "objective" ? "name, e.g. 7-early-help" : "reference, e.g. NI 59")}");
                name = name.Trim();
                switch (kind)
                {
                    case "objective":
                        path = Path.Combine(planFolder, "objectives", Slug.Of(name) + ".yml");
                        if (YamlFile(path[..^4]) is { } existingObjective) return Fail(stderr, $"{settings.Relative(existingObjective)} already exists; SiteGen never overwrites content");
                        text = ObjectiveTemplate();
                        break;
                    case "indicator":
                        if (Existing(Directory.EnumerateFiles(Path.Combine(planFolder, "indicators")), "indicators", name, settings) is { } indicator)
                        {
                            return Fail(stderr, $"the plan {target} already has an indicator '{name}', at {indicator}; add to it there");
                        }

                        path = Path.Combine(planFolder, "indicators", Slug.Of(name) + ".yml");
                        var definition = SharedDefinition(content, name, settings);
                        text = definition is null
                            ? IndicatorTemplate(name, FirstYear(planFile))
                            : DefinedIndicatorTemplate(definition.Value.Reference, definition.Value.Title, definition.Value.Unit, definition.Value.File, FirstYear(planFile));
                        break;
                    default:
                        path = YamlFile(Path.Combine(planFolder, "risks")) ?? Path.Combine(planFolder, "risks.yml");
                        if (Existing([path], "risks", name, settings) is { } risk)
                        {
                            return Fail(stderr, $"the plan {target} already has a risk '{name}', at {risk}; change it there, or give the new risk a reference of its own");
                        }

                        text = RiskTemplate(name);
                        break;
                }

                break;
            }

            default:
                return Fail(stderr, $"'{kind}' is not something sitegen can start; choose plan, objective, indicator or risk");
        }

        var shown = settings.Relative(path);
        if (kind == "risk" && File.Exists(path))
        {
            // A plan has one register: the new risk is added at its end, leaving the rest of the file as it is.
            var existing = File.ReadAllText(path);
            File.AppendAllText(path, (existing.EndsWith('\n') ? string.Empty : "\n") + RiskEntry(name!));
            stdout.WriteLine($"Added risk '{name}' to {shown}. Fill in what it says, then run sitegen validate.");
            return SiteGenCommand.Success;
        }

        if (File.Exists(path)) return Fail(stderr, $"{shown} already exists; SiteGen never overwrites content");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, EditorLine(kind, path, settings) + "\n" + text);
        stdout.WriteLine($"Wrote {shown}. Fill in what it says, then run sitegen validate.");
        return SiteGenCommand.Success;
    }

    /// <summary>The first line that points editors at the file's schema (written by sitegen schema), for completion as the officer types.</summary>
    private static string EditorLine(string kind, string path, SiteSettings settings)
    {
        var fileKind = kind switch
        {
            "plan" => ContentFileKind.Plan,
            "objective" => ContentFileKind.Objective,
            "indicator" => ContentFileKind.IndicatorList,
            _ => ContentFileKind.RiskRegister,
        };
        return SchemaExport.EditorLine(SchemaKinds.For(fileKind)!, Path.GetDirectoryName(path)!, Path.Combine(settings.RootFolder, SchemaExport.DefaultFolder));
    }

    private static bool IsYaml(string path) => path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal);

    /// <summary>The file <paramref name="pathWithoutExtension"/><c>.yml</c>, or <c>.yaml</c>, whichever exists (content may use either).</summary>
    private static string? YamlFile(string pathWithoutExtension) =>
        new[] { ".yml", ".yaml" }.Select(e => pathWithoutExtension + e).FirstOrDefault(File.Exists);

    /// <summary>
    /// Where an item with <paramref name="reference"/> (or that id) already is in the YAML <paramref name="files"/>, under
    /// their <paramref name="listKey"/>: <c>file:line:column</c>. References are compared as officers see them, so
    /// <c>NI59</c> finds <c>NI 59</c>. A file that cannot be read is passed over; <c>sitegen validate</c> will say why.
    /// </summary>
    private static string? Existing(IEnumerable<string> files, string listKey, string reference, SiteSettings settings)
    {
        var wanted = IndicatorSource.Key(reference);
        foreach (var file in files.Where(f => IsYaml(f) && File.Exists(f)).Order(StringComparer.Ordinal))
        {
            var root = YamlNodeParser.Parse(File.ReadAllText(file), settings.Relative(file), new DiagnosticBag());
            if (root is not YMapping map || map.Find(listKey)?.Value is not YSequence list) continue;
            foreach (var item in list.Items.OfType<YMapping>())
            {
                var name = item.Find("reference")?.Value as YScalar ?? item.Find("id")?.Value as YScalar;
                if (name is not null && IndicatorSource.Key(name.Value) == wanted) return item.Location.ToString();
            }
        }

        return null;
    }

    /// <summary>The shared definition with <paramref name="reference"/>, if content/definitions/ has one: its reference as written there, title, unit and file.</summary>
    private static (string Reference, string Title, string? Unit, string File)? SharedDefinition(string content, string reference, SiteSettings settings)
    {
        var folder = Path.Combine(content, "definitions");
        if (!Directory.Exists(folder)) return null;
        var wanted = IndicatorSource.Key(reference);
        foreach (var file in Directory.EnumerateFiles(folder).Where(IsYaml).Order(StringComparer.Ordinal))
        {
            var root = YamlNodeParser.Parse(File.ReadAllText(file), settings.Relative(file), new DiagnosticBag());
            if (root is not YMapping map || map.Find("definitions")?.Value is not YSequence list) continue;
            foreach (var item in list.Items.OfType<YMapping>())
            {
                if (item.Find("reference")?.Value is YScalar found && IndicatorSource.Key(found.Value) == wanted)
                {
                    var title = (item.Find("title")?.Value as YScalar)?.Value ?? found.Value;
                    return (found.Value.Trim(), title.Trim(), (item.Find("unit")?.Value as YScalar)?.Value.Trim(), settings.Relative(file));
                }
            }
        }

        return null;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"sitegen new: {message}.");
        return SiteGenCommand.ContentErrors;
    }

    /// <summary>The first year of the plan's period, so the template's target is one the plan accepts.</summary>
    private static string FirstYear(string planFile)
    {
        var line = File.ReadLines(planFile).FirstOrDefault(l => l.StartsWith("period:", StringComparison.Ordinal));
        var range = line is null ? null : PeriodReader.TryReadRange(line["period:".Length..].Split('#')[0]);
        return range?.First.Label ?? "2011/12";
    }

    private static string PlanTemplate(string organisation, string? framework) => $"""
        # A plan. Every key is explained in content/README.md ("plan.yml — the plan").
        # Narrative goes in sections/NN-name.md, objectives in objectives/, indicators in indicators/.
        title: {Placeholders.PlanTitle}                     # as printed on the cover
        organisation: {organisation}
        kind: service plan                  # directorate plan, departmental plan, divisional plan, business plan …
        period: 2011/12 to 2013/14          # the years the plan covers
        status: draft                       # draft, approved or published
        # published: 2011-03                # the month it was published
        # responsible_officer: dcs          # an officer id from the organisation's officers
        {(framework is null ? "# frameworks: [every-child-matters]  # outcome frameworks (content/frameworks/) its objectives serve" : $"frameworks: [{framework}]  # outcome frameworks (content/frameworks/) its objectives serve")}
        vision: |
          {Placeholders.PlanVision}
        """;

    private static string ObjectiveTemplate() => $"""
        # An objective (priority, outcome required) and its actions: content/README.md, "objectives".
        # The file name is the objective's address; start it with a number to keep the order.
        # Replace the texts below with the plan's own words: until then sitegen validate warns (SG0308).
        title: {Placeholders.ObjectiveTitle}
        # reference: "7"                    # as printed, if the plan numbers its objectives
        # outcomes: [stay-safe]             # outcome ids from the plan's frameworks
        # indicators: [NI 59]               # references of the plan's indicators that measure it
        actions:
          - description: {Placeholders.ActionDescription}
            # reference: "7.1"
            # timescale: March 2012         # as printed
            # due: 2012-03
            # lead: dcs                     # an officer id
        """;

    private static string IndicatorTemplate(string reference, string year) => $"""
        # Indicators and their values: content/README.md, "indicators". Figures are written as printed
        # (55.2%, N/A, New indicator). Replace the title with the plan's own words (until then sitegen
        # validate warns, SG0308), and add the values the plan prints.
        indicators:
          - reference: {Quoted(reference)}
            title: {Placeholders.IndicatorTitle}
            unit: percent                   # percent, number, count, rate-per-10000, money, days, yes-no, milestone, text …
            polarity: higher-is-better      # higher-is-better, lower-is-better or neither
            # values:
            #   - {"{"}period: {year}, actual: 55.2%, target: 60%{"}"}
        """;

    /// <summary>
    /// An indicator of a shared definition: the title, unit and polarity come from the definition, so none is
    /// written — a title here would replace the definition's on this plan's pages.
    /// </summary>
    private static string DefinedIndicatorTemplate(string reference, string title, string? unit, string definitionFile, string year) => $"""
        # Indicators and their values: content/README.md, "indicators". Figures are written as printed
        # (55.2%, N/A, New indicator).
        indicators:
          - reference: {Quoted(reference)}
            # Title, unit and polarity come from the shared definition in {definitionFile}:
            # "{title}"
            # Add `title:` only if this plan prints a different wording.
            # values:
            #   - {"{"}period: {year}, actual: {Example(unit)}{"}"}
        """;

    /// <summary>A figure written the way the unit is printed, for a commented example.</summary>
    private static string Example(string? unit) => unit switch
    {
        "percent" => "55.2%",
        "money" => "£78.94",
        "count" => "1,566",
        _ => "55.2",
    };

    private static string Quoted(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string RiskTemplate(string reference) => """
        # The plan's risk register: content/README.md, "risks.yml". Scores use the plan's risk_scale in plan.yml.
        risks:
        """ + "\n" + RiskEntry(reference);

    private static string RiskEntry(string reference) => $"""
          - reference: {Quoted(reference)}
            description: {Placeholders.RiskDescription}
            # owner: dcs                      # an officer id
            # inherent: {"{"}likelihood: 3, impact: 4{"}"}   # levels of the plan's risk_scale
            # residual: {"{"}likelihood: 2, impact: 2{"}"}
            # controls: [What is in place to reduce the risk]

        """;
}
