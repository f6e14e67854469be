using SiteGen.Diagnostics;

namespace SiteGen.Model;

public enum Nation
{
    England,
    Wales,
}

public sealed record Organisation(
    string Id,
    string Name,
    string? ShortName,
    Nation Nation,
    string? Kind,
    string? Website,
    Ref? Logo,
    IReadOnlyList<string> StatisticalNeighbours,
    string? StatisticalNeighboursSource,
    IReadOnlyList<Contact> Contacts,
    IReadOnlyList<Officer> Officers,
    SourceLocation Location)
{
    public string DisplayName => ShortName ?? Name;

    /// <summary>The languages the council publishes in (<c>languages:</c>); empty when it names none, which is the site's default language only.</summary>
    public IReadOnlyList<string> Languages { get; init; } = [];

    /// <summary>The council's name in other languages than the default, by language code (<c>name:</c> given as a map).</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();

    /// <summary>The short name in other languages than the default, by language code.</summary>
    public IReadOnlyDictionary<string, string> ShortNames { get; init; } = new Dictionary<string, string>();

    /// <summary>The name to show on a page in <paramref name="language"/>: in that language where the file gives it, otherwise in the default language.</summary>
    public string DisplayNameIn(string language) =>
        Find(ShortNames, language) ?? (ShortName is null ? Find(Names, language) : null) ?? DisplayName;

    /// <summary>Whether the council's name is given in <paramref name="language"/> (not only in the default language).</summary>
    public bool HasNameIn(string language) => Find(ShortName is null ? Names : ShortNames, language) is not null;

    private static string? Find(IReadOnlyDictionary<string, string> names, string language) =>
        names.FirstOrDefault(n => LanguageCode.Same(n.Key, language)).Value;
}

public sealed record Contact(string? Name, string? Role, string? Email, string? Phone, string? Address);

/// <summary>A post (and, where the plan names one, the person holding it) that plans refer to by id.</summary>
public sealed record Officer(string Id, string Post, string? Name, string? Email, SourceLocation Location);
