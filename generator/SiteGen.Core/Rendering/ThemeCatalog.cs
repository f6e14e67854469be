using System.Reflection;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>
/// Finds themes by name. A theme is any public <see cref="ITheme"/> with a parameterless constructor in
/// the loaded assemblies or in a <c>SiteGen.Themes.*.dll</c> beside the program, so a web team's own
/// compiled theme is picked up by dropping its assembly in, without changing the generator.
/// </summary>
public sealed class ThemeCatalog
{
    private readonly Dictionary<string, ITheme> _themes = new(StringComparer.OrdinalIgnoreCase);

    public static ThemeCatalog Discover()
    {
        var catalog = new ThemeCatalog();
        var folder = AppContext.BaseDirectory;
        foreach (var file in Directory.EnumerateFiles(folder, "SiteGen.Themes.*.dll").Order(StringComparer.Ordinal))
        {
            try
            {
                Assembly.LoadFrom(file);
            }
            catch (BadImageFormatException)
            {
                // Not a .NET assembly: not a theme.
            }
        }

        foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies())
        {
            catalog.AddFrom(assembly);
        }

        return catalog;
    }

    public void Add(ITheme theme) => _themes[theme.Name] = theme;

    public ITheme? Find(string name) => _themes.GetValueOrDefault(name);

    public IEnumerable<string> Names => _themes.Keys.Order(StringComparer.Ordinal);

    private void AddFrom(Assembly assembly)
    {
        if (assembly.IsDynamic || !assembly.GetReferencedAssemblies().Any(a => a.Name == typeof(ITheme).Assembly.GetName().Name)) return;
        Type[] types;
        try
        {
            types = assembly.GetExportedTypes();
        }
        catch (ReflectionTypeLoadException)
        {
            return;
        }

        foreach (var type in types)
        {
            if (typeof(ITheme).IsAssignableFrom(type) && !type.IsAbstract && type.GetConstructor(Type.EmptyTypes) is not null)
            {
                Add((ITheme)Activator.CreateInstance(type)!);
            }
        }
    }
}
