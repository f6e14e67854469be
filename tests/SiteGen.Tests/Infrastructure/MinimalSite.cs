namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// A small, valid site touching every file kind. Diagnostic tests start from it and change one file,
/// so each expected diagnostic is the only one. Line numbers in tests refer to the text they write.
/// </summary>
public static class MinimalSite
{
    public const string PlanFolder = "content/plans/testshire/plan-2009";

    /// <summary>
    /// Runs <c>sitegen new</c> once for each kind of file it starts (a plan, an objective, an indicator, a risk),
    /// asserting each succeeds; returns the files written, each with the schema it must name and pass.
    /// </summary>
    public static async Task<(string File, string Schema)[]> StartOneFileOfEachKind(TempSite site)
    {
        (string[] Args, string File, string Schema)[] kinds =
        [
            (["plan", "testshire/plan-2011"], "content/plans/testshire/plan-2011/plan.yml", "plan.schema.json"),
            (["objective", "testshire/plan-2009", "7-early-help"], $"{PlanFolder}/objectives/7-early-help.yml", "objective.schema.json"),
            (["indicator", "testshire/plan-2009", "LOC 1"], $"{PlanFolder}/indicators/loc-1.yml", "indicators.schema.json"),
            (["risk", "testshire/plan-2011", "R1"], "content/plans/testshire/plan-2011/risks.yml", "risks.schema.json"),
        ];
        foreach (var (args, _, _) in kinds)
        {
            var (exit, _, stderr) = await CliRunner.Run(["new", .. args, "--config", site.SettingsPath]);
            Xunit.Assert.True(exit == 0, $"sitegen new {string.Join(' ', args)}: {stderr}");
        }

        return kinds.Select(k => (k.File, k.Schema)).ToArray();
    }

    public static Dictionary<string, string> Files() => new()
    {
        ["site.yml"] = "title: Test plans\n",
        ["content/organisations/testshire.yml"] = """
            name: Testshire County Council
            nation: England
            officers:
              - id: dcs
                post: Director of Children's Services
                name: Ann Example
              - id: hos
                post: Head of Service
            """,
        ["content/frameworks/ecm.yml"] = """
            name: Every Child Matters
            outcomes:
              - id: stay-safe
                name: Stay safe
              - id: be-healthy
                name: Be healthy
            """,
        ["content/definitions/ni.yml"] = """
            set: National Indicator Set
            definitions:
              - reference: NI 59
                title: Initial assessments within 7 working days
                unit: percent
                polarity: higher-is-better
            """,
        [$"{PlanFolder}/plan.yml"] = """
            title: Test Plan 2009-2011
            organisation: testshire
            kind: directorate plan
            period: 2009/10 to 2010/11
            status: published
            published: 2009-03
            responsible_officer: dcs
            frameworks: [ecm]
            risk_scale:
              likelihood:
                levels: [1, 2, 3, 4]
              impact:
                label: Severity
                levels: [1, 2, 3, 4]
              bands:
                - {name: Low, up_to: 4}
                - {name: Medium, up_to: 9}
                - {name: High, up_to: 16}
            banding_scales:
              - id: paf
                name: PAF band
                levels: [1, 2, 3, 4, 5]
            glossary:
              - {term: CAF, meaning: Common Assessment Framework}
            """,
        [$"{PlanFolder}/objectives/1-safe.yml"] = """
            reference: "1"
            title: Keep children safe
            outcomes: [stay-safe]
            indicators: [NI 59, local-1]
            risks: [R1]
            actions:
              - reference: "1.1"
                description: Recruit social workers
                timescale: March 2010
                due: 2010-03
                lead: hos
                indicators: [NI 59]
            """,
        [$"{PlanFolder}/indicators/main.yml"] = """
            indicators:
              - reference: NI 59
                values:
                  - {period: 2008/09, actual: 55.2%}
                  - {period: 2009/10, target: 65%}
                banding:
                  - {scale: paf, period: 2008/09, band: 3}
              - id: local-1
                title: Number of CAFs completed
                unit: count
                polarity: higher-is-better
                values:
                  - {period: 2008/09, actual: 65}
            """,
        [$"{PlanFolder}/risks.yml"] = """
            risks:
              - reference: R1
                description: Not enough social workers
                owner: hos
                inherent: {likelihood: 3, impact: 4, rating: 12 High}
                residual: {likelihood: 2, impact: 2}
                objectives: ["1"]
            """,
        [$"{PlanFolder}/budget.yml"] = """
            budgets:
              - title: Revenue budget
                columns:
                  - {id: net, label: Net £'000}
                lines:
                  - {name: Fieldwork, values: {net: "1,000"}}
                  - {name: Fostering, values: {net: "2,500"}}
                total: {name: Total, values: {net: "3,500"}}
            """,
    };
}
