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

    /// <summary>The council's name in each language it is given in (<c>name:</c> given as a map); none when it is one string.</summary>
    public TranslatedText? Names { get; init; }

    /// <summary>The short name in each language it is given in.</summary>
    public TranslatedText? ShortNames { get; init; }

    /// <summary>The full name in <paramref name="language"/> where the file gives it, otherwise in the default language.</summary>
    public string NameIn(string language) => Names?.In(language) ?? Name;

    /// <summary>The name to show on a page in <paramref name="language"/>: in that language where the file gives it, otherwise in the default language.</summary>
    public string DisplayNameIn(string language) => ShortName is not null
        ? ShortNames?.In(language) ?? ShortName
        : Names?.In(language) ?? Name;

    /// <summary>Whether the name shown on a page in <paramref name="language"/> is given in that language (not only in the default language).</summary>
    public bool HasNameIn(string language) => (ShortName is not null ? ShortNames : Names)?.Has(language) ?? false;

    /// <summary>Where the file names languages (<c>languages:</c>, the keys of a translated name), to check each is one of the site's.</summary>
    public IReadOnlyList<Translation> LanguageMentions { get; init; } = [];
}

public sealed record Contact(string? Name, string? Role, string? Email, string? Phone, string? Address);

/// <summary>A post (and, where the plan names one, the person holding it) that plans refer to by id.</summary>
public sealed record Officer(string Id, string Post, string? Name, string? Email, SourceLocation Location);
