using System.Text.RegularExpressions;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The pipeline runs one way: a stage uses only the stages before it. Search and Emit write their files
/// from the model, the derived facts and the routes, so a theme's view layer can be rebuilt without them
/// noticing; Derivation and Routing never reach forward into Rendering. Checked on the source, file by file.
/// </summary>
public sealed partial class PipelineDirectionTests
{
    public static TheoryData<string, string> ForbiddenUses => new()
    {
        { "Derivation", "Routing" },
        { "Derivation", "Rendering" },
        { "Derivation", "Search" },
        { "Derivation", "Emit" },
        { "Derivation", "Pipeline" },
        { "Routing", "Rendering" },
        { "Routing", "Binding" },
        { "Routing", "Search" },
        { "Routing", "Emit" },
        { "Routing", "Pipeline" },
        { "Search", "Rendering" },
        { "Search", "Binding" },
        { "Search", "Pipeline" },
        { "Emit", "Rendering" },
        { "Emit", "Binding" },
        { "Emit", "Pipeline" },
    };

    [Theory]
    [MemberData(nameof(ForbiddenUses))]
    public void A_stage_does_not_use_a_later_or_bypassed_stage(string stage, string forbidden)
    {
        var use = UseOf(forbidden);
        var offences = SourcesOf(stage)
            .SelectMany(file => Code(File.ReadAllLines(file))
                .Select((line, i) => (File: file, Line: i + 1, Text: line))
                .Where(x => use.IsMatch(x.Text)))
            .Select(x => $"{Path.GetRelativePath(RepositoryRoot.Path, x.File)}:{x.Line}: {x.Text.Trim()}")
            .ToList();
        Assert.True(offences.Count == 0, $"{stage} must not use SiteGen.{forbidden}:\n" + string.Join("\n", offences));
    }

    [Theory]
    [InlineData("Derivation")]
    [InlineData("Routing")]
    [InlineData("Search")]
    [InlineData("Emit")]
    public void A_stage_s_files_are_in_its_own_namespace(string stage)
    {
        var files = SourcesOf(stage);
        Assert.NotEmpty(files);
        Assert.All(files, file => Assert.Matches($@"(?m)^namespace SiteGen\.{stage}(\.\w+)*;", File.ReadAllText(file)));
    }

    [Fact]
    public void The_check_finds_a_use_written_each_way()
    {
        var use = UseOf("Rendering");
        Assert.Matches(use, "using SiteGen.Rendering;");
        Assert.Matches(use, "using static SiteGen.Rendering.Words;");
        Assert.Matches(use, "using Summaries = SiteGen.Rendering.Pages.Summaries;");
        Assert.Matches(use, "var s = Rendering.Pages.Summaries.Status(x);");
        Assert.Matches(use, "var s = global::SiteGen.Rendering.Words.Of(u);");
        Assert.DoesNotMatch(use, "var rendering = RenderingTime;");
        Assert.DoesNotMatch(use, "using SiteGen.Routing;");
        Assert.All(Code(["// Rendering.Pages is not used here", "/// <see cref=\"Rendering.Words\"/>", "/* Rendering.Words */ var x = 1;", "/* Rendering.Words", "   Rendering.Pages */"]), line => Assert.DoesNotMatch(use, line));
    }

    /// <summary>A use of SiteGen.<paramref name="stage"/>; inside namespace SiteGen.X, "Rendering.Pages.Summaries" names SiteGen.Rendering too, so a bare prefix counts.</summary>
    private static Regex UseOf(string stage) => new($@"(?<![\w.])(?:global::)?(?:SiteGen\.)?{stage}\b(?=\s*[.;])");

    private static IReadOnlyList<string> SourcesOf(string stage) =>
        Directory.GetFiles(RepositoryRoot.Combine("generator", "SiteGen.Core", stage), "*.cs", SearchOption.AllDirectories);

    /// <summary>The lines with comments blanked (block comments keep their line breaks, so line numbers hold), so a stage may mention another in prose.</summary>
    private static IEnumerable<string> Code(IEnumerable<string> lines)
    {
        var text = BlockComment().Replace(string.Join('\n', lines), m => new string('\n', m.Value.Count(c => c == '\n')));
        return text.Split('\n').Select(line => LineComment().Replace(line, string.Empty));
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex BlockComment();

    [GeneratedRegex(@"(?<!:)//.*$")]
    private static partial Regex LineComment();
}
