using SiteGen.Model;

namespace SiteGen.Derivation;

/// <summary>A statistical neighbour as the council lists it, and the council on this site that name means, if any.</summary>
public sealed record Neighbour(string Name, Organisation? OnSite);

/// <summary>Resolves the names councils list as statistical neighbours to the councils that have plans on the site.</summary>
public static class Neighbours
{
    /// <remarks>A neighbour is matched by a council's name or short name, ignoring case; where two councils share a name, the first listed stands.</remarks>
    public static IReadOnlyDictionary<Organisation, IReadOnlyList<Neighbour>> Of(IReadOnlyList<Organisation> organisations, IReadOnlyList<Organisation> councils)
    {
        var councilsByName = councils
            .SelectMany(o => new[] { (Key: o.Name, Org: o), (Key: o.ShortName ?? o.Name, Org: o) })
            .GroupBy(x => x.Key, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Org, StringComparer.OrdinalIgnoreCase);
        var neighbours = new Dictionary<Organisation, IReadOnlyList<Neighbour>>(ReferenceEqualityComparer.Instance);
        foreach (var organisation in organisations)
        {
            neighbours[organisation] = organisation.StatisticalNeighbours.Select(n => new Neighbour(n, councilsByName.GetValueOrDefault(n))).ToList();
        }

        return neighbours;
    }
}
