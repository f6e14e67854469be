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

    /// <summary>What builds killed earlier left is removed by the next; what a build running now is writing is not touched.</summary>
    [Fact]
    public void Leftovers_of_killed_builds_are_removed_but_a_running_builds_staging_is_kept()
    {
        var output = OutputWithAnOldPage();
        string Leftover(string name)
        {
            var folder = Path.Combine(_root, name);
            Directory.CreateDirectory(Path.Combine(folder, "plans"));
            File.WriteAllText(Path.Combine(folder, "plans", "index.html"), "half written");
            return folder;
        }

        Leftover("._site.staging-4242-0A0B0C0D");
        File.WriteAllText(Path.Combine(_root, "._site.staging-4242-0A0B0C0D.lock"), string.Empty);
        Leftover("._site.staging-4343-01020304.previous");
        File.WriteAllText(Path.Combine(_root, "._site.staging-4444-05060708.lock"), string.Empty);
        var running = Leftover("._site.staging-4545-0F0F0F0F");
        var unrelated = Leftover("._other.staging-1-00000000");
        using var runningLock = new FileStream(running + ".lock", FileMode.Create, FileAccess.ReadWrite, FileShare.None);

        using (var staged = new StagedOutput(output))
        {
            staged.Write("new.html", "new");
            staged.Commit();
        }

        Assert.Equal(
            ["._other.staging-1-00000000", "._site.staging-4545-0F0F0F0F", "._site.staging-4545-0F0F0F0F.lock", "_site"],
            Directory.GetFileSystemEntries(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(running, "plans", "index.html")));
        Assert.True(Directory.Exists(unrelated));
    }

    [Fact]
    public void Writing_outside_the_output_folder_is_refused()
    {
        using var staged = new StagedOutput(Path.Combine(_root, "_site"));
        Assert.Throws<InvalidOperationException>(() => staged.Write("../escape.html", "x"));
    }
}
