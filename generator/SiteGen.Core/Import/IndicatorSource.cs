using SiteGen.Discovery;
using SiteGen.Yaml;

namespace SiteGen.Import;

/// <summary>An indicator as it stands in its YAML file: the file's text and the node, with its spans, that holds it.</summary>
public sealed record IndicatorSource(string PlanId, string Reference, ContentFile File, YMapping Node)
{
    /// <summary>"NI 59", "ni59" and "NI  59" are the same indicator to an officer typing in a spreadsheet.</summary>
    public static string Key(string reference) =>
        string.Concat(reference.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static IEnumerable<IndicatorSource> In(ContentFile file, YNode? root)
    {
        if (root is not YMapping map || map.Find("indicators")?.Value is not YSequence list) yield break;
        foreach (var item in list.Items.OfType<YMapping>())
        {
            var name = SeriesText.ScalarOf(item, "reference") ?? SeriesText.ScalarOf(item, "id");
            if (name is { IsNull: false }) yield return new IndicatorSource(file.PlanId!, name.Value.Trim(), file, item);
        }
    }
}
