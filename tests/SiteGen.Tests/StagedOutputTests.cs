using SiteGen.Emit;
using Xunit;

namespace SiteGen.Tests;

public sealed class StagedOutputTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "sitegen-tests", Guid.NewGuid().ToString("N"));

    public StagedOutputTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>The output folder as a previous build left it: one page, old.html.</summary>
    private string OutputWithAnOldPage()
    {
        var output = Path.Combine(_root, "_site");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "old");
        return output;
    }

    [Fact]
    public void Nothing_changes_until_commit_and_an_abandoned_build_leaves_the_old_site()
    {
        var output = OutputWithAnOldPage();

        using (var staged = new StagedOutput(output))
        {
            staged.Write("new.html", "new");
            Assert.False(File.Exists(Path.Combine(output, "new.html")));
        }

        Assert.Equal(["old.html"], Directory.GetFiles(output).Select(Path.GetFileName));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Commit_replaces_the_whole_folder()
    {
        var output = OutputWithAnOldPage();

        using (var staged = new StagedOutput(output))
        {
            staged.Write("sub/new.html", "new");
            staged.Commit();
        }

        Assert.Equal(["new.html"], Directory.GetFiles(Path.Combine(output, "sub")).Select(Path.GetFileName));
        Assert.False(File.Exists(Path.Combine(output, "old.html")));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(_root).Select(Path.GetFileName));
    }

    [Fact]
    public void Writing_outside_the_output_folder_is_refused()
    {
        using var staged = new StagedOutput(Path.Combine(_root, "_site"));
        Assert.Throws<InvalidOperationException>(() => staged.Write("../escape.html", "x"));
    }
}
