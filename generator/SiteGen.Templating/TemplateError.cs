namespace SiteGen.Templating;

/// <summary>Why a template cannot be compiled, at its line and column (1-based), in the compiler's words.</summary>
/// <param name="Code">Razor's or C#'s own code (RZ1006, CS1061), for searching the web.</param>
public sealed record TemplateError(string Key, int Line, int Column, string Code, string Message);
