using SiteGen.Diagnostics;
using SiteGen.Model;
using SiteGen.Parsing;
using SiteGen.Yaml;

namespace SiteGen.Binding;

public static class OrganisationBinder
{
    public static Organisation? Bind(ParsedFile file, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(file.Root, "an organisation", diagnostics);
        if (map is null) return null;
        var names = map.Translated("name", required: true);
        var shortNames = map.Translated("short_name");
        var nation = map.Choice("nation", Vocabulary.Nations);
        map.Require("nation");
        var kind = map.Text("kind");
        var website = map.Text("website");
        var logo = map.Reference("logo");
        var neighbours = map.TextList("statistical_neighbours");
        var neighboursSource = map.Text("statistical_neighbours_source");
        var contacts = map.List("contacts", n => BindContact(n, diagnostics));
        var officers = map.List("officers", n => BindOfficer(n, diagnostics));
        var languages = map.TextList("languages");
        map.Finish();

        Uniqueness.Check(officers, o => o.Id, o => o.Location, "the officer", diagnostics);
        if (names is null || nation is null) return null;
        var mentions = languages.Select(l => new Translation(l, l, map.LocationOf("languages")))
            .Concat(names.Translations).Concat(shortNames?.Translations ?? []).ToList();
        return new Organisation(file.File.Name, names.Text, shortNames?.Text, nation.Value, kind, website, logo, neighbours, neighboursSource, contacts, officers, map.Location)
        {
            Languages = languages,
            Names = names.Translations.Count > 0 ? names : null,
            ShortNames = shortNames is { Translations.Count: > 0 } ? shortNames : null,
            LanguageMentions = mentions,
        };
    }

    private static Contact? BindContact(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "a contact", diagnostics);
        if (map is null) return null;
        var contact = new Contact(map.Text("name"), map.Text("role"), map.Text("email"), map.Text("phone"), map.Text("address"));
        map.Finish();
        if (contact.Name is null && contact.Role is null) map.ReportMissing("name");
        return contact;
    }

    public static Officer? BindOfficer(YNode node, DiagnosticBag diagnostics)
    {
        var map = MappingReader.Open(node, "an officer", diagnostics);
        if (map is null) return null;
        var id = map.RequiredText("id");
        var post = map.TranslatableText("post", required: true);
        var name = map.Text("name");
        var email = map.Text("email");
        map.Finish();
        return id is null || post is null ? null : new Officer(id, post, name, email, map.Location);
    }
}
