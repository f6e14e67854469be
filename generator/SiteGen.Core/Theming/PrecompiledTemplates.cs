using System.Reflection;
using SiteGen.Templating;

namespace SiteGen.Theming;

/// <summary>
/// The default theme's templates as compiled when SiteGen itself was built (the assembly SiteGen.DefaultTheme),
/// each with the hash of the text it was compiled from.
/// </summary>
public static class PrecompiledTemplates
{
    private static readonly Lazy<IReadOnlyDictionary<string, PrecompiledTemplateAttribute>> All = new(Load);

    /// <summary>The compiled template for <paramref name="template"/>, when one was compiled from exactly its text.</summary>
    public static Type? Find(TemplateSource template) =>
        All.Value.TryGetValue(template.Key, out var compiled) && compiled.Hash == template.Hash ? compiled.Type : null;

    public static int Count => All.Value.Count;

    private static IReadOnlyDictionary<string, PrecompiledTemplateAttribute> Load()
    {
        Assembly assembly;
        try
        {
            assembly = Assembly.Load("SiteGen.DefaultTheme");
        }
        catch (FileNotFoundException)
        {
            // A build without it still works: every template is then compiled at run time and cached.
            return new Dictionary<string, PrecompiledTemplateAttribute>();
        }

        return assembly.GetCustomAttributes<PrecompiledTemplateAttribute>().ToDictionary(a => a.Key, StringComparer.Ordinal);
    }
}
