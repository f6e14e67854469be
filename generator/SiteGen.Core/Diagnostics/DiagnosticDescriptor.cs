namespace SiteGen.Diagnostics;

/// <summary>
/// What a kind of problem is, independent of where it happened: a stable code officers can search
/// for, a short title, and a message format filled in by each reported instance.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, string Title, string MessageFormat, DiagnosticSeverity Severity);
