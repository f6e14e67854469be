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
}

public sealed record Contact(string? Name, string? Role, string? Email, string? Phone, string? Address);

/// <summary>A post (and, where the plan names one, the person holding it) that plans refer to by id.</summary>
public sealed record Officer(string Id, string Post, string? Name, string? Email, SourceLocation Location);
