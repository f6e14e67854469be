using System.Collections.Concurrent;
using System.Reflection;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>Which template of the theme renders a page: the one its view model names with <see cref="PageTemplateAttribute"/>.</summary>
public static class PageTemplates
{
    private static readonly ConcurrentDictionary<Type, string> Keys = new();

    public static string For(PageModel model) => Keys.GetOrAdd(model.GetType(), type =>
        type.GetCustomAttribute<PageTemplateAttribute>()?.Key
        ?? throw new NotSupportedException($"{type.Name} names no template: give it [PageTemplate(\"key\")]."));

    /// <summary>Every page template the view models name, for checking that a theme chain has them all.</summary>
    public static IReadOnlyList<string> All { get; } = typeof(PageModel).Assembly.GetTypes()
        .Select(t => t.GetCustomAttribute<PageTemplateAttribute>()?.Key)
        .OfType<string>()
        .Order(StringComparer.Ordinal)
        .ToList();
}
