using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// What the site's editors say is never presented as the plan: it is in a note of its own, labelled as theirs; and
/// what was never meant for the public (the council's template instructions, its intranet, internal requests) is
/// not published at all.
/// </summary>
[Collection(BuiltSites.Name)]
public sealed partial class EditorNoteTests
{
    /// <summary>
    /// Words the sample's source documents print that are for the council's own authors or staff, or that describe
    /// the transcription rather than the plan.
    /// </summary>
    private static readonly string[] NotThePlan =
    [
        "You must comment",
        "You need only comment",
        "please update with the new list",
        "prepopulated",
        "could be reused here",
        "Please filter the data",
        "You do not have to have measures",
        "Include a summary of planned efficiency measures",
        "Include a short commentary",
        "Service Plan template",
        "please indicate so in the 'Quarter 1 Target' Column",
        "Evidence Needed from",
        "Evidence needed from",
        "examined on PIMS",
        "http://intranet",
        "reproduced in the source text",
        "transcribed from",
        "as printed)",
        "printed under the heading",
    ];

    private readonly BuiltSample _sample;

    public EditorNoteTests(BuiltSample sample) => _sample = sample;

    [Fact]
    public void No_page_of_the_sample_presents_an_instruction_an_intranet_link_or_a_transcription_remark_as_the_plan()
    {
        // The plans' pages: the site's own pages (About, How to read) speak for the site, not for a council.
        var plans = Directory.GetDirectories(RepositoryRoot.Combine("content", "plans")).SelectMany(Directory.GetDirectories)
            .Select(folder => Path.Combine(_sample.Output, Path.GetFileName(Path.GetDirectoryName(folder))!, Path.GetFileName(folder)));
        var found = new List<string>();
        foreach (var file in plans.SelectMany(folder => Directory.EnumerateFiles(folder, "*.html", SearchOption.AllDirectories)))
        {
            var document = new HtmlParser().ParseDocument(File.ReadAllText(file));
            if (document.QuerySelector("main") is not { } main) continue;
            if (main.QuerySelectorAll("a[href*='intranet']").Length > 0) found.Add($"{file}: a link to an intranet");
            foreach (var note in main.QuerySelectorAll(".editor-note").ToList()) note.Remove();
            var text = Spaces().Replace(main.TextContent, " ");
            found.AddRange(NotThePlan.Where(words => text.Contains(words, StringComparison.Ordinal)).Select(words => $"{Path.GetRelativePath(_sample.Output, file)}: \"{words}\""));
        }

        Assert.Empty(found);
    }

    [Fact]
    public void Every_editor_note_is_set_apart_and_labelled_as_the_editors()
    {
        var notes = Directory.EnumerateFiles(_sample.Output, "*.html", SearchOption.AllDirectories)
            .SelectMany(f => new HtmlParser().ParseDocument(File.ReadAllText(f)).QuerySelectorAll(".editor-note"))
            .ToList();
        Assert.True(notes.Count >= 40, $"The sample's transcription remarks are editor's notes (found {notes.Count})");
        Assert.All(notes, note =>
        {
            Assert.Equal("note", note.GetAttribute("role"));

            // Labelled in the page's language: the Welsh pages of a Welsh council say it in Welsh.
            var label = note.Owner!.DocumentElement.GetAttribute("lang") == "cy"
                ? "Nodyn y golygydd: wedi'i ychwanegu gan y wefan hon, nid yn rhan o'r cynllun fel y'i cyhoeddwyd gan y cyngor."
                : "Editor's note: added by this site, not part of the plan as the council published it.";
            Assert.StartsWith(label, Spaces().Replace(note.QuerySelector(".editor-note-label")!.TextContent, " ").Trim());
            Assert.NotEmpty(note.QuerySelector(".prose")!.TextContent.Trim());
        });
    }

    [Fact]
    public void A_transcription_remark_the_plan_itself_does_not_make_is_in_the_note_of_its_section()
    {
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_sample.Output, "rochdale/child-care-service-improvement-plan-2007-2010/index.html")));
        var section = page.GetElementById("04-crossfield-mill")!;
        var note = section.QuerySelector(".editor-note")!;
        Assert.Contains("The plan prints six graphs in this section", note.TextContent);
        Assert.Contains("Below are graphical representations of service activity at Crossfield Mill", section.QuerySelector(".prose")!.TextContent);
    }

    [Fact]
    public async Task An_editor_note_is_shown_apart_on_each_kind_of_thing_that_takes_one()
    {
        var files = MinimalSite.Files();
        const string plan = MinimalSite.PlanFolder;
        files[$"{plan}/plan.yml"] += "\neditor_note: Note on the plan.\n";
        files[$"{plan}/objectives/1-safe.yml"] = files[$"{plan}/objectives/1-safe.yml"]
            .Replace("title: Keep children safe\n", "title: Keep children safe\neditor_note: Note on the objective.\n", StringComparison.Ordinal)
            .Replace("    lead: hos\n", "    lead: hos\n    editor_note: Note on the action.\n", StringComparison.Ordinal);
        files[$"{plan}/indicators/main.yml"] = files[$"{plan}/indicators/main.yml"]
            .Replace("    unit: count\n", "    unit: count\n    editor_note: Note on the indicator.\n", StringComparison.Ordinal);
        files[$"{plan}/budget.yml"] = files[$"{plan}/budget.yml"]
            .Replace("    total:", "    editor_note: Note on the budget.\n    total:", StringComparison.Ordinal);
        files[$"{plan}/sections/01-context.md"] = "---\ntitle: Context\neditor_note: Note on the section.\n---\nThe plan's own words.\n";
        files[$"{plan}/tables/activity.yml"] = "title: Activity\nsection: 01-context\ncolumns: [\"\", \"2008\"]\nrows:\n  - [Referrals, \"10\"]\neditor_note: Note on the table.\n";
        files[$"{plan}/progress/q4.yml"] = "period: Q4 2009/10\neditor_note: Note on the report.\n";
        using var site = new TempSite(files);
        var result = await site.BuildAsync(site.Path("_site"));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);

        string[] NotesOn(string page) => new HtmlParser().ParseDocument(File.ReadAllText(site.Path($"_site/testshire/plan-2009/{page}index.html")))
            .QuerySelectorAll(".editor-note .prose").Select(n => n.TextContent.Trim()).ToArray();
        Assert.Equal(["Note on the plan.", "Note on the table.", "Note on the section."], NotesOn(""));
        Assert.Equal(["Note on the objective.", "Note on the action.", "Note on the indicator."], NotesOn("objectives/1-safe/"));
        Assert.Equal(["Note on the indicator."], NotesOn("indicators/local-1/"));
        Assert.Equal(["Note on the budget."], NotesOn("budget/"));
        Assert.Equal(["Note on the report."], NotesOn("progress/q4/"));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
