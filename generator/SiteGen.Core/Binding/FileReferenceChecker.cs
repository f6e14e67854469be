using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// Fields that name a file (an organisation's logo) must name one inside the content folder that
/// discovery found. The check is on the text alone — nothing is opened — so a path such as
/// <c>../../etc/passwd</c> is refused before anything could read it.
/// </summary>
public static class FileReferenceChecker
{
    public static void Check(Site site, IReadOnlySet<string> contentPaths, DiagnosticBag diagnostics)
    {
        foreach (var organisation in site.Organisations)
        {
            if (organisation.Logo is { } logo) CheckPath(logo, contentPaths, diagnostics);
        }
    }

    private static void CheckPath(Ref path, IReadOnlySet<string> contentPaths, DiagnosticBag diagnostics)
    {
        var text = path.Value.Replace('\\', '/');
        var segments = text.Split('/');
        if (Path.IsPathRooted(path.Value) || text.StartsWith('/') || text.Contains(':') || segments.Any(s => s == ".."))
        {
            diagnostics.Report(DiagnosticCatalog.PathOutsideContent, path.Location, path.Value);
            return;
        }

        var normalised = string.Join('/', segments.Where(s => s.Length > 0 && s != "."));
        if (!contentPaths.Contains(normalised))
        {
            diagnostics.Report(DiagnosticCatalog.FileNotFound, path.Location, path.Value, "check its name, and that it is inside the content folder (names are relative to it, e.g. assets/logo.png)");
        }
    }
}
