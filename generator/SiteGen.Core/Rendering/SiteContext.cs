using SiteGen.Configuration;
using SiteGen.Derivation;
using SiteGen.Model;
using SiteGen.Routing;
using SiteGen.ViewModels;

namespace SiteGen.Rendering;

/// <summary>What every page builder shares: the derived site, the settings, where pages are and how links between them are made.</summary>
public sealed class SiteContext
{
    private readonly IReadOnlyList<string> _stylesheets;
    private readonly IReadOnlyList<string> _scripts;
    private readonly string? _icon;

    /// <param name="icon">The site's icon under the site root (<c>assets/favicon.1a2b3c4d.svg</c>), if the theme has one.</param>
    /// <param name="stylesheetTexts">The stylesheets' contents, for the page a host serves at any address (404.html).</param>
    /// <param name="openData">The data packages and feeds written beside the pages; none by default (a benchmark counting pages).</param>
    public SiteContext(SiteFacts facts, SiteRoutes routes, SiteSettings settings, IReadOnlyList<string> stylesheets, IReadOnlyList<string> scripts, string? icon = null, IReadOnlyList<string>? stylesheetTexts = null, OpenDataFiles? openData = null)
    {
        OpenData = openData ?? OpenDataFiles.None;
        Facts = facts;
        Routes = routes;
        Settings = settings;
        Linker = new Linker(settings.LinkStyle);
        _stylesheets = stylesheets;
        _scripts = scripts;
        _icon = icon;
        StylesheetTexts = stylesheetTexts ?? [];
    }

    /// <summary>The same site as the pages of another of its languages see it: the same facts, that language's routes.</summary>
    private SiteContext(SiteContext site, SiteRoutes routes)
    {
        OpenData = site.OpenData;
        Facts = site.Facts;
        Settings = site.Settings;
        Linker = site.Linker;
        _stylesheets = site._stylesheets;
        _scripts = site._scripts;
        _icon = site._icon;
        StylesheetTexts = site.StylesheetTexts;
        Editions = site.Editions;
        _inLanguage = site._inLanguage;
        Routes = routes;
    }

    private readonly Dictionary<string, SiteContext> _inLanguage = new(StringComparer.Ordinal);

    /// <summary>The pages of <paramref name="language"/>, one of the site's languages.</summary>
    public SiteContext In(string language)
    {
        if (language == Routes.Language) return this;
        lock (_inLanguage)
        {
            if (!_inLanguage.TryGetValue(language, out var context)) _inLanguage[language] = context = new SiteContext(this, Routes.In(language));
            return context;
        }
    }

    /// <summary>The language of the pages this context builds, as <c>html lang</c> writes it.</summary>
    public string Language => Routes.IsDefault ? Settings.Language : Routes.Language;

    /// <summary>Which pages exist in which language; shared by every language's context.</summary>
    public PageEditions Editions { get; } = new();

    /// <summary>The language the content is written in where the pages are in another: the site's default language, as the content has no translations yet.</summary>
    public string? ContentLanguage => Routes.IsDefault ? null : Settings.Language;

    /// <summary>
    /// The plans' texts given in this context's language, by their default language's text (see <see cref="SiteChrome.Translations"/>);
    /// empty for the default language. Markdown is here as written, for where a theme shows it as text (a progress report's
    /// commentary in a table); where it is rendered, a plan's views render its translation (<see cref="PlanViews.Markdown"/>).
    /// </summary>
    /// <remarks>A page that reads it notes <see cref="TranslationsKey"/>: the table is made of every plan's texts, once per build.</remarks>
    public IReadOnlyDictionary<string, string> Translations
    {
        get
        {
            ModelReads.Note(TranslationsKey);
            if (_translations is null)
            {
                using var _ = ModelReads.Unrecorded();
                _translations = TranslationsIn(Facts.Site, Routes.IsDefault ? null : Language);
            }

            return _translations;
        }
    }

    /// <summary>The key a page notes when it reads the translations (<see cref="ModelReads"/>).</summary>
    public const string TranslationsKey = "translations";

    private IReadOnlyDictionary<string, string>? _translations;

    /// <summary>
    /// Texts given in <paramref name="language"/>, site-wide: the same text is one message whichever plan writes it
    /// (SG0312 warns where one text is given two translations; the first is used). A council's name is here too. Each
    /// translation is also found as itself, so text a page builder already put in the page's language (a council's
    /// Welsh name) is shown unmarked by the theme's <c>Content()</c>, as the text it translates would be.
    /// </summary>
    private static Dictionary<string, string> TranslationsIn(Site site, string? language)
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        if (language is null) return table;
        var names = site.Organisations.SelectMany(o => new[] { o.Names, o.ShortNames }).OfType<TranslatedText>();
        foreach (var text in site.AllTexts.Select(t => t.Text).Concat(names).Where(t => t.Has(language)))
        {
            table.TryAdd(text.Text, text.In(language));
        }

        foreach (var translated in table.Values.ToList()) table.TryAdd(translated, translated);

        return table;
    }

    /// <summary>The contents of the theme's stylesheets, in the order they are linked.</summary>
    public IReadOnlyList<string> StylesheetTexts { get; }

    public SiteFacts Facts { get; }

    public SiteRoutes Routes { get; }

    public SiteSettings Settings { get; }

    public Linker Linker { get; }

    public OpenDataFiles OpenData { get; }

    public string Href(PagePath from, PagePath to) => Linker.Href(from, to);

    public SiteChrome Chrome(PagePath path)
    {
        var root = path.ToRoot;
        return new SiteChrome(
            Settings.Title,
            Language,
            Href(path, Routes.Home),
            Settings.Search.Enabled ? Href(path, SearchPage) : null,
            Facts.Site.Pages.OrderBy(p => p.Id, StringComparer.Ordinal).Select(p => PageLink(path, p)).ToList(),
            _stylesheets.Select(s => root + s).ToList(),
            _scripts.Select(s => root + s).ToList())
        {
            Icon = _icon is null ? null : root + _icon,
            FeedHref = OpenData.HasFeeds ? Href(path, Routes.Feed) : null,
            OpenDataHref = Href(path, Routes.OpenData),
            Languages = LanguagesOf(path),
            ContentLanguage = ContentLanguage,
            TitleLanguage = ContentLanguage,
            Translations = Translations,
        };
    }

    /// <summary>A Markdown page in the footer, by its title in this language where it is translated (marked as translated, so the theme does not mark it as the default language's).</summary>
    private Link PageLink(PagePath from, NarrativeSection page) => (Routes.IsDefault ? null : page.In(Language)) is { } translation
        ? new Link(translation.Title, Href(from, Routes.Page(page))) { IsTranslated = true }
        : new Link(page.Title, Href(from, Routes.Page(page)));

    /// <summary>The search page of the page's language where the page graph made one, otherwise the default language's.</summary>
    private PagePath SearchPage => Editions.Exists(Routes.Language, Routes.Search) ? Routes.Search : Routes.In(Routes.Languages.Default).Search;

    /// <summary>The page in each language it exists in; none when it exists in one only.</summary>
    private IReadOnlyList<LanguageLink> LanguagesOf(PagePath path)
    {
        var editions = Editions.Of(path, Routes);
        if (editions.Count < 2) return [];
        return editions.Select(e => new LanguageLink(
            e.Language == Routes.Languages.Default ? Settings.Language : e.Language,
            Href(path, e.Path),
            Address(path, e.Path),
            e.Path == path)).ToList();
    }

    /// <summary>The Atom feed of a council's plans; every council with a plan has one (none when the pipeline made no feeds).</summary>
    public string? CouncilFeedHref(PagePath from, string organisationId) =>
        OpenData.HasFeeds ? Href(from, Routes.CouncilFeed(organisationId)) : null;

    /// <summary>A page's address as structured data gives it: absolute under base_url, else relative to <paramref name="from"/>.</summary>
    public string Address(PagePath from, PagePath to) => Settings.BaseUrl is { } baseUrl ? baseUrl + to.Address : Href(from, to);

    /// <summary>The page's full address under base_url, as search engines should index it; null without base_url.</summary>
    public string? Canonical(PagePath path) => Settings.BaseUrl is null ? null : Settings.BaseUrl + path.Address;

    public Crumb HomeCrumb(PagePath from) => new(CrumbKind.Home, null, Href(from, Routes.Home));

    public Crumb CouncilCrumb(PagePath from, Plan plan) =>
        new(CrumbKind.Council, Facts.OrganisationOf(plan)?.DisplayNameIn(Language) ?? plan.Organisation.Value, Href(from, Routes.Council(plan.Organisation.Value)));
}
