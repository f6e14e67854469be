using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Razor.Language;
using Microsoft.AspNetCore.Razor.Language.Intermediate;
using RazorLight.Instrumentation;

namespace SiteGen.Templating;

/// <summary>
/// RazorLight's page shape, with two changes: every template derives from <see cref="ThemePage{TModel}"/>,
/// and each gets a class name of its own (RazorLight names them all <c>GeneratedTemplate</c>), so a theme's
/// templates compile together into one assembly.
/// </summary>
internal sealed class TemplateClassifierPass : RazorLightTemplateDocumentClassifierPass
{
    public const string Namespace = "SiteGen.CompiledTemplates";

    protected override void OnDocumentStructureCreated(
        RazorCodeDocument codeDocument,
        NamespaceDeclarationIntermediateNode @namespace,
        ClassDeclarationIntermediateNode @class,
        MethodDeclarationIntermediateNode method)
    {
        base.OnDocumentStructureCreated(codeDocument, @namespace, @class, method);
        @namespace.Content = Namespace;
        @class.ClassName = ClassNameOf(codeDocument.Source.FilePath);
        @class.BaseType = "global::SiteGen.Templating.ThemePage<TModel>";
    }

    /// <summary>Readable in a stack trace, unique by construction: the key's letters and a short hash of the key.</summary>
    public static string ClassNameOf(string key)
    {
        var letters = new StringBuilder("Template_");
        foreach (var c in key) letters.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..8];
        return letters.Append('_').Append(hash).ToString();
    }
}
