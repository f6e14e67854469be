namespace SiteGen.Diagnostics;

public enum DiagnosticSeverity
{
    /// <summary>Printed; the build goes on.</summary>
    Warning,

    /// <summary>Stops the build before anything is written.</summary>
    Error,
}
