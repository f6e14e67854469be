using System.Globalization;

namespace SiteGen.Diagnostics;

/// <summary>One reported problem: a descriptor, where it happened, and the words that fill its message.</summary>
public sealed record Diagnostic(DiagnosticDescriptor Descriptor, SourceLocation Location, string Message, string? Suggestion)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public static Diagnostic Create(DiagnosticDescriptor descriptor, SourceLocation location, string? suggestion, params object?[] arguments) =>
        new(descriptor, location, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, arguments), suggestion);

    /// <summary>The form compilers use, so terminals and editors turn it into a link: <c>file:line:col: error SG0103: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity == DiagnosticSeverity.Error ? "error" : "warning";
        var text = $"{Location}: {severity} {Code}: {Message}";
        return Suggestion is null ? text : $"{text} ({Suggestion})";
    }
}
