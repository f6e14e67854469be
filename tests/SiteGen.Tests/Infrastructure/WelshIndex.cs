using SiteGen.Configuration;
using SiteGen.Search;

namespace SiteGen.Tests.Infrastructure;

/// <summary>
/// A Welsh search index built from documents written here, in standard Welsh, with the mutations a reader
/// meets in running text: "i blant" (soft), "fy mhlant" (nasal), "ei phlant" (aspirate), "yng Nghyngor"
/// (nasal), "ei gyngor" (soft), "ei chyngor" (aspirate), "yr ardd" (soft g→∅), "a thrafnidiaeth"
/// (aspirate), and circumflexes ("dŵr", "tŷ", "fy nhŷ"). One document is English, as a Welsh page quotes
/// English text not yet translated. Until Welsh pages exist, these stand for them. Written to a temporary
/// folder once per test class that uses it.
/// </summary>
public sealed class WelshIndex : IDisposable
{
    public static readonly IReadOnlyList<SearchDocument> Documents =
    [
        Document("cy/cynllun/", "plan", "Cynllun Corfforaethol", "Mae'r cyngor yn gweithio i wella bywydau pobl ifanc yn y sir."),
        Document("cy/cynllun/amcan-1/", "objective", "Gofal i blant ifanc", "Rydym am i bob plentyn fod yn ddiogel. Bydd rhieni'n cael help i ofalu am eu plant gartref."),
        Document("cy/cynllun/amcan-2/", "objective", "Teuluoedd yn gyntaf", "Mae pob rhiant eisiau'r gorau i'w plant. Dywedodd un fam: mae fy mhlant yn hapus yn yr ysgol, a gwelodd ei phlant hi welliant."),
        Document("cy/cynllun/dangosydd-1/", "indicator", "Ymddiriedaeth yng Nghyngor Sir Caerfyrddin", "Canran y trigolion sy'n fodlon ar y cyngor. Aeth pob cynghorydd â'i gyngor i'r cyfarfod."),
        Document("cy/cynllun/dangosydd-2/", "indicator", "Ansawdd dŵr yr afonydd", "Mesur ansawdd y dwr mewn afonydd. Mae pob tŷ newydd yn arbed dŵr, a bydd fy nhŷ i yn lanach."),
        Document("cy/cynllun/cam-1/", "action", "Ffyrdd a thrafnidiaeth", "Gwella'r ffyrdd a'r drafnidiaeth gyhoeddus ar gyfer y gymuned. Bydd hi'n rhoi ei chyngor ar y gwaith."),
        Document("cy/cynllun/cam-2/", "action", "Gerddi cymunedol", "Tyfu bwyd yn yr ardd gymunedol. Mae pob gardd yn agored i bawb."),
        Document("cy/cynllun/cam-3/", "action", "Children looked after", "Placement stability for children looked after by the council, in English as the plan gives it."),
    ];

    public WelshIndex()
    {
        Files = SearchIndexBuilder.Build(Documents, SearchSettings.Default, url => "../../" + url, SearchLanguage.Welsh, "cy/search");
        foreach (var file in Files)
        {
            var path = Path.Combine(Folder, file.Path["cy/search/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }
    }

    /// <summary>The index's files, as a Welsh search page at cy/search/ would have them beside it.</summary>
    public IReadOnlyList<SearchIndexBuilder.IndexFile> Files { get; }

    /// <summary>The folder the files are written to, as the client reads them (manifest.json at its top).</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "sitegen-tests", "welsh-" + Guid.NewGuid().ToString("N"));

    public SearchEngine Engine() => new(p => File.Exists(Path.Combine(Folder, p)) ? File.ReadAllBytes(Path.Combine(Folder, p)) : null, SearchLanguage.Welsh);

    /// <summary>The document a result's id stands for (ids are positions in <see cref="Documents"/>, none being left out).</summary>
    public static string TitleOf(int doc) => Documents[doc].Title;

    public void Dispose() => Directory.Delete(Folder, true);

    private static SearchDocument Document(string url, string type, string title, string body) =>
        new(url, type, title, null, body, null, "Cyngor Sir Caerfyrddin", "Cynllun Corfforaethol", [], null) { Prose = body };
}
