using SiteGen.Configuration;
using System.IO.Enumeration;
using SiteGen.Diagnostics;

namespace SiteGen.Discovery;

/// <summary>
/// Lists the content folder and says what each file is, by where it sits. Links (symbolic or junction)
/// are never followed, so nothing outside the content folder is ever read.
/// </summary>
public static class ContentDiscoverer
{
    public static IReadOnlyList<ContentFile> Discover(SiteSettings settings, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(settings.ContentFolder))
        {
            diagnostics.Report(DiagnosticCatalog.ContentFolderNotFound, SourceLocation.StartOf(settings.Relative(settings.SettingsFile)), settings.Relative(settings.ContentFolder));
            return [];
        }

        var files = new List<ContentFile>();
        foreach (var (full, hidden) in Enumerate(settings.ContentFolder).OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            var underContent = Path.GetRelativePath(settings.ContentFolder, full).Replace('\\', '/');
            var shown = settings.Relative(full);
            var segments = underContent.Split('/');
            var name = segments[^1];
            if (hidden)
            {
                // Hidden files are editors' and systems' own (.DS_Store, .gitkeep, swap files) and are skipped; one
                // that looks like content was most likely saved without a name, or renamed by mistake.
                if (LooksLikeContent(name)) diagnostics.Report(DiagnosticCatalog.UnrecognisedFile, SourceLocation.StartOf(shown), Hidden(name));
                continue;
            }

            var classified = Classify(segments);
            if (classified is null)
            {
                if (underContent != "README.md")
                {
                    diagnostics.Report(DiagnosticCatalog.UnrecognisedFile, SourceLocation.StartOf(shown), WhyNotUsed(name));
                }

                continue;
            }

            var (kind, planId) = classified.Value;
            files.Add(new ContentFile(shown, full, kind, Path.GetFileNameWithoutExtension(full), planId));
        }

        return WithoutYamlTwins(files, diagnostics);
    }

    /// <summary>
    /// <c>x.yml</c> and <c>x.yaml</c> side by side would be two files for one objective, or two risk registers, and
    /// meet as a confusing clash later, or one would be dropped: the <c>.yaml</c> one is reported and left out.
    /// </summary>
    private static IReadOnlyList<ContentFile> WithoutYamlTwins(List<ContentFile> files, DiagnosticBag diagnostics)
    {
        var yml = files.Where(f => f.FullPath.EndsWith(".yml", StringComparison.Ordinal)).ToDictionary(f => f.FullPath[..^4], StringComparer.Ordinal);
        return files.Where(f =>
        {
            if (!f.FullPath.EndsWith(".yaml", StringComparison.Ordinal) || !yml.TryGetValue(f.FullPath[..^5], out var twin)) return true;
            diagnostics.Report(DiagnosticCatalog.SameFileTwice, SourceLocation.StartOf(f.Path), twin.Path, Describe(f.Kind));
            return false;
        }).ToList();
    }

    private static string Describe(ContentFileKind kind) => kind switch
    {
        ContentFileKind.Plan => "plan",
        ContentFileKind.Objective => "objective",
        ContentFileKind.RiskRegister => "risk register",
        ContentFileKind.IndicatorList => "file of indicators",
        ContentFileKind.Organisation => "organisation",
        _ => "file",
    };

    /// <summary>
    /// Every file under the content folder. Links (symbolic or junction) are never followed, and hidden
    /// folders (.git, .vscode) are not entered; hidden files are listed, so one that looks like content can be pointed out.
    /// </summary>
    private static IEnumerable<(string Path, bool Hidden)> Enumerate(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.System,
            IgnoreInaccessible = true,
        };
        return new FileSystemEnumerable<(string, bool)>(folder, (ref FileSystemEntry entry) => (entry.ToFullPath(), IsHidden(ref entry)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsHidden(ref entry),
        };
    }

    /// <summary>A name starting with a dot hides a file on Linux and macOS; Windows has an attribute for it too.</summary>
    private static bool IsHidden(ref FileSystemEntry entry) =>
        entry.FileName.StartsWith('.') || (OperatingSystem.IsWindows() && (entry.Attributes & FileAttributes.Hidden) != 0);

    /// <summary>The extensions of content files, in any case: <c>.yml</c> and <c>.yaml</c> (both read alike) and <c>.md</c>.</summary>
    private static bool LooksLikeContent(string name) =>
        name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static string Hidden(string name)
    {
        var extension = Path.GetExtension(name);
        return name.Length == extension.Length
            ? $"it has no name before '{extension}', and a name starting with a dot hides the file, so SiteGen skips it; give it a name, e.g. 1-early-help{extension.ToLowerInvariant()}"
            : $"its name starts with a dot, which hides the file, so SiteGen skips it; remove the dot, e.g. {name.TrimStart('.')}";
    }

    private static string WhyNotUsed(string name)
    {
        var extension = Path.GetExtension(name);
        if (LooksLikeContent(name) && extension != extension.ToLowerInvariant())
        {
            return $"its name ends in '{extension}'; rename it to end in '{extension.ToLowerInvariant()}' — SiteGen reads .yml, .yaml and .md in lower case only, so a file is found the same way on every computer";
        }

        return "it is in no place SiteGen reads files from; content/README.md shows where each kind of file goes";
    }

    /// <remarks>
    /// <c>.yml</c> and <c>.yaml</c> are read alike: editors and tools differ in which they offer, and an officer
    /// who saved <c>1-safe.yaml</c> expects it used (content/README.md says so). Endings are compared in lower
    /// case only, so a file is found the same way on every computer; one in capitals is pointed out instead.
    /// </remarks>
    private static (ContentFileKind Kind, string? PlanId)? Classify(string[] s)
    {
        var last = s[^1];
        var isYaml = last.EndsWith(".yml", StringComparison.Ordinal) || last.EndsWith(".yaml", StringComparison.Ordinal);
        var isMarkdown = last.EndsWith(".md", StringComparison.Ordinal);

        switch (s[0])
        {
            case "assets":
                return (ContentFileKind.Asset, null);
            case "organisations" when s.Length == 2 && isYaml:
                return (ContentFileKind.Organisation, null);
            case "frameworks" when s.Length == 2 && isYaml:
                return (ContentFileKind.Framework, null);
            case "definitions" when s.Length == 2 && isYaml:
                return (ContentFileKind.DefinitionSet, null);
            case "pages" when s.Length == 2 && isMarkdown:
                return (ContentFileKind.Page, null);
            case "plans" when s.Length >= 4:
            {
                var planId = $"{s[1]}/{s[2]}";
                var rest = s[3..];
                ContentFileKind? kind = rest switch
                {
                    ["plan.yml" or "plan.yaml"] => ContentFileKind.Plan,
                    ["risks.yml" or "risks.yaml"] => ContentFileKind.RiskRegister,
                    ["budget.yml" or "budget.yaml"] => ContentFileKind.Budget,
                    ["inspections.yml" or "inspections.yaml"] => ContentFileKind.Inspections,
                    ["projects.yml" or "projects.yaml"] => ContentFileKind.Projects,
                    ["objectives", _] when isYaml => ContentFileKind.Objective,
                    ["indicators", _] when isYaml => ContentFileKind.IndicatorList,
                    ["tables", _] when isYaml => ContentFileKind.Table,
                    ["progress", _] when isYaml => ContentFileKind.ProgressReport,
                    ["sections", _] when isMarkdown => ContentFileKind.Section,
                    _ => null,
                };
                return kind is null ? null : (kind.Value, planId);
            }

            default:
                return null;
        }
    }
}
