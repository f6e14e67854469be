using SiteGen.Configuration;
using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Routing;
using SiteGen.Schema;

namespace SiteGen.Cli;

/// <summary>
/// <c>sitegen new plan|objective|indicator|risk</c>: a valid starting file in the right place, with
/// comments saying what to fill in. Never overwrites; checks the plan or organisation it belongs to exists.
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
                if (!File.Exists(Path.Combine(content, "organisations", parts[0] + ".yml"))) return Fail(stderr, $"there is no organisation '{parts[0]}': add content/organisations/{parts[0]}.yml first (see content/README.md)");
                path = Path.Combine(content, "plans", parts[0], Slug.Of(parts[1]), "plan.yml");
                var framework = Directory.Exists(Path.Combine(content, "frameworks"))
                    ? Directory.GetFiles(Path.Combine(content, "frameworks"), "*.yml").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).FirstOrDefault()
                    : null;
                text = PlanTemplate(parts[0], framework);
                break;
            }

            case "objective" or "indicator" or "risk":
            {
                var planFolder = Path.Combine(content, "plans", target);
                if (!File.Exists(Path.Combine(planFolder, "plan.yml"))) return Fail(stderr, $"there is no plan '{target}' (a folder under content/plans/ with a plan.yml)");
                if (string.IsNullOrWhiteSpace(name)) return Fail(stderr, $"give the new {kind}'s {(kind == "objective" ? "name, e.g. 7-early-help" : "reference, e.g. NI 59")}");
                (path, text) = kind switch
                {
                    "objective" => (Path.Combine(planFolder, "objectives", Slug.Of(name) + ".yml"), ObjectiveTemplate()),
                    "indicator" => (Path.Combine(planFolder, "indicators", Slug.Of(name) + ".yml"), IndicatorTemplate(name, FirstYear(Path.Combine(planFolder, "plan.yml")))),
                    _ => (Path.Combine(planFolder, "risks.yml"), RiskTemplate(name)),
                };
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

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"sitegen new: {message}.");
        return SiteGenCommand.ContentErrors;
    }

    /// <summary>The first year of the plan's period, so the template's target is one the plan accepts.</summary>
    private static string FirstYear(string planFile)
    {
        var line = File.ReadLines(planFile).FirstOrDefault(l => l.StartsWith("period:", StringComparison.Ordinal));
        var range = line is null ? null : Binding.PeriodReader.TryReadRange(line["period:".Length..].Split('#')[0]);
        return range?.First.Label ?? "2011/12";
    }

    private static string PlanTemplate(string organisation, string? framework) => $"""
        # A plan. Every key is explained in content/README.md ("plan.yml — the plan").
        # Narrative goes in sections/NN-name.md, objectives in objectives/, indicators in indicators/.
        title: New plan                     # as printed on the cover
        organisation: {organisation}
        kind: service plan                  # directorate plan, departmental plan, divisional plan, business plan …
        period: 2011/12 to 2013/14          # the years the plan covers
        status: draft                       # draft, approved or published
        # published: 2011-03                # the month it was published
        # responsible_officer: dcs          # an officer id from the organisation's officers
        {(framework is null ? "# frameworks: [every-child-matters]  # outcome frameworks (content/frameworks/) its objectives serve" : $"frameworks: [{framework}]  # outcome frameworks (content/frameworks/) its objectives serve")}
        vision: |
          What the plan sets out to achieve, in a sentence or two.
        """;

    private static string ObjectiveTemplate() => """
        # An objective (priority, outcome required) and its actions: content/README.md, "objectives".
        # The file name is the objective's address; start it with a number to keep the order.
        title: What this objective aims to achieve
        # reference: "7"                    # as printed, if the plan numbers its objectives
        # outcomes: [stay-safe]             # outcome ids from the plan's frameworks
        # indicators: [NI 59]               # references of the plan's indicators that measure it
        actions:
          - description: What will be done
            # reference: "7.1"
            # timescale: March 2012         # as printed
            # due: 2012-03
            # lead: dcs                     # an officer id
        """;

    private static string IndicatorTemplate(string reference, string year) => $"""
        # Indicators and their values: content/README.md, "indicators". Figures are written as printed
        # (55.2%, N/A, New indicator); a national indicator takes its title, unit and polarity from
        # content/definitions/ when its reference is defined there, so those lines can go.
        indicators:
          - reference: "{reference.Replace("\"", "\\\"", StringComparison.Ordinal)}"
            title: What the indicator measures
            unit: percent                   # percent, number, count, rate-per-10000, money, days, yes-no, milestone, text …
            polarity: higher-is-better      # higher-is-better, lower-is-better or neither
            values:
              - {"{"}period: {year}, target: 60%{"}"}
              # - {"{"}period: {year}, actual: 55.2%{"}"}
        """;

    private static string RiskTemplate(string reference) => """
        # The plan's risk register: content/README.md, "risks.yml". Scores use the plan's risk_scale in plan.yml.
        risks:
        """ + "\n" + RiskEntry(reference);

    private static string RiskEntry(string reference) => $"""
          - reference: "{reference.Replace("\"", "\\\"", StringComparison.Ordinal)}"
            description: What could go wrong, and what it would mean
            # owner: dcs                      # an officer id
            # inherent: {"{"}likelihood: 3, impact: 4{"}"}   # levels of the plan's risk_scale
            # residual: {"{"}likelihood: 2, impact: 2{"}"}
            # controls: [What is in place to reduce the risk]

        """;
}
