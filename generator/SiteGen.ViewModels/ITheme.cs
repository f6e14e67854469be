namespace SiteGen.ViewModels;

/// <summary>
/// A theme: a Razor class library that turns view models into pages. It knows nothing of YAML or the
/// loader. Each page component has a parameter named <c>Model</c> of its view model's type.
/// </summary>
public interface ITheme
{
    /// <summary>The name <c>theme:</c> in site.yml uses.</summary>
    string Name { get; }

    /// <summary>The component type that renders pages of the given view model type.</summary>
    Type PageComponent(Type viewModelType);

    /// <summary>Static files (CSS, scripts, images) written under <c>assets/</c> of the site.</summary>
    IReadOnlyList<ThemeAsset> Assets { get; }
}

public sealed record ThemeAsset(string Name, byte[] Content);
