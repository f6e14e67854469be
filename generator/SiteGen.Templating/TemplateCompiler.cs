using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace SiteGen.Templating;

/// <summary>
/// Compiles templates together into one assembly with Roslyn, reporting every error at the template's own
/// line and column. Costly the first time in a process (Roslyn loads and warms up: seconds), so the generator
/// does it only for templates that no precompiled or cached assembly already holds.
/// </summary>
public static class TemplateCompiler
{
    public sealed record Result(byte[]? Assembly, byte[]? Symbols, IReadOnlyList<TemplateError> Errors)
    {
        public bool Succeeded => Assembly is not null;
    }

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>Identifies this build of the generator: a compiled template is valid only with the contract it was compiled against.</summary>
    public static string GeneratorVersion { get; } = string.Join('-',
        typeof(ThemePage<>).Assembly.ManifestModule.ModuleVersionId.ToString("N"),
        typeof(ViewModels.PageModel).Assembly.ManifestModule.ModuleVersionId.ToString("N"));

    public static Result Compile(IReadOnlyList<TemplateSource> templates, string assemblyName)
    {
        var errors = new List<TemplateError>();
        var trees = new List<SyntaxTree>();
        foreach (var template in templates)
        {
            var (code, generationErrors) = TemplateCodeGenerator.Generate(template);
            errors.AddRange(generationErrors);
            if (code is not null) trees.Add(Parse(code, template));
        }

        if (errors.Count > 0) return new Result(null, null, errors);

        var compilation = CSharpCompilation.Create(
            assemblyName,
            trees,
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                optimizationLevel: OptimizationLevel.Release,
                nullableContextOptions: NullableContextOptions.Annotations,
                deterministic: true));
        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(assembly, symbols, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        if (emitted.Success) return new Result(assembly.ToArray(), symbols.ToArray(), []);

        var byKey = templates.ToDictionary(t => t.Key, StringComparer.Ordinal);
        foreach (var d in emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).OrderBy(d => d.Location.SourceSpan.Start))
        {
            var key = d.Location.SourceTree?.FilePath ?? string.Empty;
            var (line, column) = Place(d, byKey.GetValueOrDefault(key));
            errors.Add(new TemplateError(key, line, column, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new Result(null, null, errors.Distinct().ToList());
    }

    /// <summary>
    /// Where in the template a compiler error is. Razor's <c>#line</c> directives give the template's line; the
    /// column is found by looking for the code at the error (e.g. <c>Colour);</c>) on that line of the template,
    /// since Razor writes an expression's code inside <c>Write(…)</c> and a code block's at its own column.
    /// An error in code Razor wrote around the template's is placed at the template's first line.
    /// </summary>
    private static (int Line, int Column) Place(Microsoft.CodeAnalysis.Diagnostic d, TemplateSource? template)
    {
        var span = d.Location.GetMappedLineSpan();
        if (!span.HasMappedPath || template is null || d.Location.SourceTree is null) return (1, 1);
        var line = span.StartLinePosition.Line;
        var lines = template.Text.Split('\n');
        if (line >= lines.Length) return (line + 1, 1);
        var source = lines[line];
        var generatedLine = d.Location.SourceTree.GetText().Lines.GetLineFromPosition(d.Location.SourceSpan.Start);
        var generated = generatedLine.ToString();
        var at = d.Location.SourceSpan.Start - generatedLine.Start;
        var code = generated[at..];
        if (at < source.Length && source.AsSpan(at).StartsWith(code.AsSpan(0, Math.Min(code.Length, source.Length - at)))) return (line + 1, at + 1);
        for (var length = Math.Min(code.Length, 40); length > 0; length--)
        {
            var found = source.IndexOf(code[..length], StringComparison.Ordinal);
            if (found >= 0) return (line + 1, found + 1);
        }

        return (line + 1, 1);
    }

    /// <summary>The generated C# of one template, named after its key so unmapped errors still name the template.</summary>
    private static SyntaxTree Parse(string code, TemplateSource template) =>
        CSharpSyntaxTree.ParseText(
            SourceText.From(code, Encoding.UTF8),
            new CSharpParseOptions(LanguageVersion.Latest),
            path: template.Key);

    /// <summary>
    /// Everything the running program can see: the framework and the generator's own assemblies. Templates are
    /// compiled against the implementation assemblies the process runs on, which need no reference packs on
    /// the machine and match the contract exactly.
    /// </summary>
    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .ToHashSet(StringComparer.Ordinal);
        foreach (var assembly in new[] { typeof(ThemePage<>).Assembly, typeof(ViewModels.PageModel).Assembly, typeof(RazorLight.TemplatePage<>).Assembly })
        {
            if (assembly.Location.Length > 0) paths.Add(assembly.Location);
        }

        return paths.Order(StringComparer.Ordinal).Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    /// <summary>The templates an assembly holds, by key.</summary>
    public static IReadOnlyDictionary<string, Type> TemplatesIn(Assembly assembly) =>
        assembly.GetCustomAttributes<RazorLight.Razor.RazorLightTemplateAttribute>()
            .ToDictionary(a => a.Key, a => a.TemplateType, StringComparer.Ordinal);
}
