using System.Text;
using Microsoft.AspNetCore.Razor.Language;
using Microsoft.AspNetCore.Razor.Language.Extensions;
using RazorLight.Generation;
using RazorLight.Instrumentation;
using RazorLight.Razor;

namespace SiteGen.Templating;

/// <summary>
/// Razor to C#: the one step shared by the default theme's compile when the generator is built and the
/// compile of a site's own templates at run time, so both produce the same code from the same text.
/// </summary>
public static class TemplateCodeGenerator
{
    /// <summary>Namespaces every template can use without a <c>@using</c>.</summary>
    public static readonly IReadOnlyList<string> Namespaces = ["SiteGen.ViewModels", "SiteGen.Templating"];

    private static readonly Lazy<RazorSourceGenerator> Generator = new(Create);

    /// <summary>The template's C#, or the Razor syntax errors that stop it being generated.</summary>
    public static (string? Code, IReadOnlyList<TemplateError> Errors) Generate(TemplateSource template)
    {
        try
        {
            var generated = Generator.Value.GenerateCodeAsync(new SourceItem(template)).GetAwaiter().GetResult();
            return (generated.GeneratedCode, []);
        }
        catch (TemplateGenerationException e)
        {
            var errors = e.Diagnostics
                .Where(d => d.Severity == RazorDiagnosticSeverity.Error)
                .Select(d => new TemplateError(template.Key, d.Span.LineIndex + 1, d.Span.CharacterIndex + 1, d.Id, d.GetMessage()))
                .ToList();
            return (null, errors.Count > 0 ? errors : [new TemplateError(template.Key, 1, 1, "RZ", e.Message)]);
        }
    }

    /// <summary>The full name of the class a template compiles to.</summary>
    public static string TypeNameOf(string key) => TemplateClassifierPass.Namespace + "." + TemplateClassifierPass.ClassNameOf(key);

    private static RazorSourceGenerator Create()
    {
        var engine = RazorProjectEngine.Create(RazorConfiguration.Default, RazorProjectFileSystem.Create(Path.GetTempPath()), builder =>
        {
            InjectDirective.Register(builder);
            ModelDirective.Register(builder);
            SectionDirective.Register(builder);
            builder.Features.Add(new TemplateClassifierPass());
            builder.Features.Add(new RazorLightAssemblyAttributeInjectionPass());
        }).Engine;
        return new RazorSourceGenerator(engine, new NoImports(), Namespaces.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>A template's text as RazorLight reads it; the key is its file name, so line directives and stack traces name the template.</summary>
    private sealed class SourceItem(TemplateSource template) : RazorLightProjectItem
    {
        public override string Key => template.Key;

        public override bool Exists => true;

        public override Stream Read() => new MemoryStream(Encoding.UTF8.GetBytes(template.Text));
    }

    /// <summary>Themes have no <c>_ViewImports</c>: the namespaces above are the imports.</summary>
    private sealed class NoImports : RazorLightProject
    {
        public override Task<RazorLightProjectItem> GetItemAsync(string templateKey) =>
            throw new NotSupportedException("Templates are handed to the generator with their text.");

        public override Task<IEnumerable<RazorLightProjectItem>> GetImportsAsync(string templateKey) =>
            Task.FromResult(Enumerable.Empty<RazorLightProjectItem>());
    }
}
