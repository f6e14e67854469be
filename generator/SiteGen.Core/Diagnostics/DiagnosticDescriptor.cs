namespace SiteGen.Diagnostics;

/// <summary>
/// What a kind of problem is, independent of where it happened: a stable code officers can search
/// for, a short title, and a message format filled in by each reported instance.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, string Title, string MessageFormat, DiagnosticSeverity Severity)
{
    /// <summary>The anchor of the code's row in content/README.md, <c>sg0101</c>: the help link of every message with this code ends in it.</summary>
    public string HelpAnchor => Code.ToLowerInvariant();
}
