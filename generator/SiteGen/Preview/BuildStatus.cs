using System.Text.Json;
using System.Text.Json.Serialization;
using SiteGen.Diagnostics;

namespace SiteGen.Cli.Preview;

/// <summary>
/// What the browser and the tests are told after each build: whether it succeeded, which site version
/// is being served, and every problem at its file, line and column.
/// </summary>
public sealed record BuildStatus(
    [property: JsonPropertyName("build")] int Build,
    [property: JsonPropertyName("site")] string? Site,
    [property: JsonPropertyName("ok")] bool Ok,
    [property: JsonPropertyName("message")] string? Message,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<BuildStatus.Problem> Diagnostics)
{
    public sealed record Problem(
        [property: JsonPropertyName("severity")] string Severity,
        [property: JsonPropertyName("code")] string Code,
        [property: JsonPropertyName("file")] string File,
        [property: JsonPropertyName("line")] int Line,
        [property: JsonPropertyName("column")] int Column,
        [property: JsonPropertyName("message")] string Message,
        [property: JsonPropertyName("suggestion")] string? Suggestion);

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly BuildStatus NotBuilt = new(0, null, false, "The site has not been built yet.", []);

    public static IReadOnlyList<Problem> From(IEnumerable<Diagnostic> diagnostics) => diagnostics
        .Select(d => new Problem(
            d.Severity == DiagnosticSeverity.Error ? "error" : "warning",
            d.Code,
            d.Location.File,
            d.Location.Line,
            d.Location.Column,
            d.Message,
            d.Suggestion))
        .ToList();

    /// <summary>One line of JSON, as a Server-Sent Events <c>data:</c> field needs.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BuildStatus? FromJson(string json) => JsonSerializer.Deserialize<BuildStatus>(json);
}
