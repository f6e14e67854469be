using SiteGen.Configuration;
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

        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
            IgnoreInaccessible = true,
            MatchType = MatchType.Simple,
        };

        var files = new List<ContentFile>();
        foreach (var full in Directory.EnumerateFiles(settings.ContentFolder, "*", options).Order(StringComparer.Ordinal))
        {
            var underContent = Path.GetRelativePath(settings.ContentFolder, full).Replace('\\', '/');
            var shown = settings.Relative(full);
            if (underContent.Split('/').Any(segment => segment.StartsWith('.')))
            {
                continue;
            }

            var classified = Classify(underContent.Split('/'));
            if (classified is null)
            {
                if (underContent != "README.md")
                {
                    diagnostics.Report(DiagnosticCatalog.UnrecognisedFile, SourceLocation.StartOf(shown), "see content/README.md for where each kind of file goes");
                }

                continue;
            }

            var (kind, planId) = classified.Value;
            files.Add(new ContentFile(shown, full, kind, Path.GetFileNameWithoutExtension(full), planId));
        }

        return files;
    }

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
