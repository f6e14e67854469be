using SiteGen.ViewModels;

namespace SiteGen.Themes.Minimal;

/// <summary>One component for every page: the title, a way home and the plan's pages, nothing more.</summary>
public sealed class MinimalTheme : ITheme
{
    public string Name => "minimal";

    public IReadOnlyList<ThemeAsset> Assets { get; } =
    [
        new("minimal.css", ReadAsset("minimal.css")),
    ];

    public Type PageComponent(Type viewModelType) =>
        typeof(PageModel).IsAssignableFrom(viewModelType) ? typeof(MinimalPage) : throw new NotSupportedException(viewModelType.Name);

    private static byte[] ReadAsset(string name)
    {
        using var stream = typeof(MinimalTheme).Assembly.GetManifestResourceStream("SiteGen.Themes.Minimal.assets." + name)!;
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }
}
