using Microsoft.AspNetCore.Html;
using RazorLight;
using SiteGen.ViewModels;

namespace SiteGen.Templating;

/// <summary>
/// The base of every template of every theme. A template names its model with <c>@model</c> and gets, besides
/// Razor's own <c>Model</c>, <c>Layout</c> and <c>RenderBody()</c>: the theme's words (<see cref="T(string)"/>,
/// <see cref="Plural"/>), dates and numbers written the language's way, and <see cref="Partial"/> to render
/// another template of the theme chain in place.
/// </summary>
/// <remarks>
/// Every value written with <c>@</c> is HTML-encoded; Unicode is written as itself (Ŵ, not <c>&amp;#x174;</c>).
/// Only <see cref="IHtmlContent"/> — markup the generator has already made safe — is written as it is.
/// </remarks>
public abstract partial class ThemePage<TModel> : TemplatePage<TModel>, IThemePage
{
    private RenderState _state = new();

    /// <summary>The words of the page's language; set by the renderer before the template runs.</summary>
    public Words Words { get; private set; } = null!;

    void IThemePage.Attach(Words words, RenderState state)
    {
        Words = words;
        _state = state;
    }

    /// <summary>The page's title: set by the page template (<c>@{ Title = …; }</c>), read by its layout and partials.</summary>
    public string Title
    {
        get => _state.Title ?? string.Empty;
        set => _state.Title = value;
    }

    /// <summary>
    /// The page's title as its heading and breadcrumb show it, with the content's text in it marked with its language
    /// (<see cref="Phrase"/>, <see cref="Content(string?)"/>); setting it sets <see cref="Title"/> to its plain text,
    /// which <c>&lt;title&gt;</c> shows (it cannot hold markup). Unset, it is the title.
    /// </summary>
    public IHtmlContent Heading
    {
        get => _state.Heading ?? new HtmlString(Encode(Title));
        set
        {
            _state.Heading = value;
            if (value is MarkedText marked) _state.Title = marked.Text;
        }
    }

    /// <summary>The page's language as <c>html lang</c> writes it.</summary>
    public string Language => Words.Language;

    /// <summary>The theme's text for <paramref name="key"/>.</summary>
    public string T(string key) => Words.Get(Use(key));

    /// <summary>The theme's text for <paramref name="key"/> with its placeholders <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public string T(string key, params object?[] args) => Words.Get(Use(key), args);

    /// <summary>The theme's text about a count, in the plural form the language gives that count; <c>{0}</c> is the count.</summary>
    public string Plural(string key, long count, params object?[] args) => Words.Plural(Use(key), count, args);

    /// <summary>
    /// Every plural form the page's language has for <paramref name="key"/>, as a JSON object from CLDR category
    /// ("zero", "one", "two", "few", "many", "other") to the text with its placeholders left unfilled: for a script
    /// that words a count only the browser learns (the search client's result counts). A missing form is the "other".
    /// </summary>
    public string PluralForms(string key)
    {
        var forms = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var message = Words.Find(Use(key));
        foreach (var category in PluralRules.CategoriesOf(Language))
        {
            var form = message?.Forms is { } all ? all.GetValueOrDefault(category) ?? all.GetValueOrDefault(PluralCategory.Other) : message?.Text;
            forms[category.ToString().ToLowerInvariant()] = form ?? Words.Plural(key, category == PluralCategory.One ? 1 : 0);
        }

        return System.Text.Json.JsonSerializer.Serialize(forms, PluralFormsJson);
    }

    /// <summary>Unicode written as itself in the JSON, which the page then HTML-encodes as an attribute.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions PluralFormsJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The periods a plan runs over, joined as the theme's <c>period-span</c> word says ("2010/11 to 2012/13"), or its one period.</summary>
    public string Span(PeriodSpan span) => span.IsOne ? span.First : T("period-span", span.First, span.Last);

    /// <summary>
    /// A date in words, as the theme's <c>date.day-month-year</c> or <c>date.month-year</c> and <c>month.N</c>
    /// words write it: "20 May 2008", or "June 2009" when the plan gives only the month.
    /// </summary>
    public string Date(DateValue date) => date.Day is { } day
        ? Words.Get(Use("date.day-month-year"), day, Words.Get(Use("month." + date.Month)), date.Year)
        : Words.Get(Use("date.month-year"), Words.Get(Use("month." + date.Month)), date.Year);

    /// <summary>
    /// The theme's word for a closed value, under <c>&lt;kind&gt;.&lt;value&gt;</c> in kebab case:
    /// <c>Word(Polarity.HigherIsBetter)</c> is the word for <c>polarity.higher-is-better</c>.
    /// </summary>
    public string Word(Enum value) => Words.Get(Use(WordKeys.Of(value)));

    /// <summary>The theme's words for a closed value under a key of the template's choosing: <c>Word("status-badge", status)</c> is <c>status-badge.on-track</c>.</summary>
    public string Word(string group, Enum value) => Words.Get(Use(group + "." + WordKeys.Member(value)));

    /// <summary>The name a theme's styles use for a closed value: <c>ProgressStatus.OnTrack</c> is <c>on-track</c>.</summary>
    public static string Kebab(Enum value) => WordKeys.Member(value);

    /// <summary>A person as the plan names them: post and name, or whichever of the two it gives.</summary>
    /// <remarks>The post is the content's text, marked with its language as <see cref="Content(string?)"/> marks it; a person's name is in no language.</remarks>
    public MarkedText Officer(OfficerView officer) => (officer.Post, officer.Name) switch
    {
        ({ } post, { } name) => Phrase("officer.post-and-name", Content(post), name),
        ({ } post, null) => Content(post),
        (null, { } name) => new MarkedText(Encode(name), name),
        _ => MarkedText.Empty,
    };

    /// <summary>People as the plan names them, joined as the theme's <c>officer.separator</c> word says ("; " in English).</summary>
    public MarkedText Officers(IEnumerable<OfficerView> officers) => Join(Words.Get(Use("officer.separator")), officers.Select(Officer));

    /// <summary>Texts of the content (an action's partners, a risk's controls) joined as the theme's <c>list.separator</c> word says, each marked with its language as <see cref="Content(string?)"/> marks it.</summary>
    public MarkedText Contents(IEnumerable<string?> items) => Join(Words.Get(Use("list.separator")), items.Where(i => !string.IsNullOrEmpty(i)).Select(Content));

    /// <summary>Pieces of a page joined by <paramref name="separator"/> (a theme's word), each keeping its language mark; null pieces are left out.</summary>
    public static MarkedText Join(string separator, IEnumerable<MarkedText?> parts)
    {
        var all = parts.OfType<MarkedText>().Where(p => p.Text.Length > 0).ToList();
        return new MarkedText(string.Join(Encode(separator), all.Select(p => p.Html)), string.Join(separator, all.Select(p => p.Text)));
    }

    /// <summary>Text that is not the content's (a theme's word, a figure) as a piece to join with the content's (<see cref="Join"/>); null stays null.</summary>
    public static MarkedText? Plain(string? text) => text is null ? null : new MarkedText(Encode(text), text);

    /// <summary>
    /// The theme's sentence for <paramref name="key"/> with its placeholders filled in, where an argument may be the
    /// content's text made by <see cref="Content(string?)"/>, <see cref="Name"/> or <see cref="Officer"/>: that keeps
    /// its language mark inside the sentence ("Mae'r cynllun hwn gan <c>&lt;span lang="en-GB"&gt;</c>…"). Other
    /// arguments are written as <see cref="T(string, object?[])"/> writes them. As a string it is the plain sentence.
    /// </summary>
    public MarkedText Phrase(string key, params object?[] args)
    {
        var text = Words.Get(Use(key), args);
        var pattern = Words.Find(key)?.Text;

        // On a page in the content's own language nothing is marked, so the sentence is its encoded text: the
        // placeholders need no second pass (names and officers are phrased many times on every page).
        var unmarked = _state.ContentLanguage is null && !args.Any(a => a is IHtmlContent and not MarkedText);
        if (pattern is null || unmarked) return new MarkedText(Encode(text), text);
        var html = PhrasePlaceholder().Replace(Encode(pattern), m =>
        {
            var index = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (index >= args.Length) return m.Value;
            return args[index] switch
            {
                MarkedText marked => marked.Html,
                IHtmlContent content => HtmlOf(content),
                var plain => Encode(string.Format(Words.Culture, "{0" + m.Groups[2].Value + "}", plain)),
            };
        });
        return new MarkedText(html, text);
    }

    private static string HtmlOf(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, TemplateRenderer.Encoder);
        return writer.ToString();
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\{(\d+)(:[^}]*)?\}", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex PhrasePlaceholder();

    /// <summary>An objective by its reference and title, as the theme's <c>objective.name</c> word joins them ("1. Keep children safe").</summary>
    /// <remarks>The title is the content's, marked with its language where that is not the page's (see <see cref="Content(string?)"/>); as a string it is plain text.</remarks>
    public MarkedText Name(ObjectiveName objective) => objective.Reference is null ? Content(objective.Title) : Phrase("objective.name", objective.Reference, Content(objective.Title));

    /// <summary>Items joined as the theme's <c>list.separator</c> word says (", " in English).</summary>
    public string List(IEnumerable<string> items) => string.Join(Words.Get(Use("list.separator")), items);

    /// <summary>A whole number with the language's digit grouping: "16,983".</summary>
    public string Number(long value) => value.ToString("N0", Words.Culture);

    /// <summary>Notes that the page uses the word <paramref name="key"/>, when the renderer keeps count (serve), so editing a word re-renders only the pages that show it.</summary>
    private string Use(string key)
    {
        _state.Words?.Add(key);
        return key;
    }

    /// <summary>
    /// A figure as printed, with its unit where the printed text does not show one: a percentage printed "10.6" is
    /// written as the theme's <c>unit-figure.percent</c> says ("10.6%"); "55.2%", "£78.94" and text such as
    /// "New indicator" are written as printed.
    /// </summary>
    public string Figure(string? text, Unit unit)
    {
        if (string.IsNullOrEmpty(text) || !FigureText.IsBareNumber(text)) return text ?? string.Empty;
        var key = "unit-figure." + WordKeys.Member(unit);
        return Words.Find(key)?.Forms is null ? Words.Get(key, text) : Words.Plural(key, FigureText.IsOne(text) ? 1 : 2, text);
    }

    /// <summary>
    /// A figure as printed with its unit, and, for a split figure printed in a form of its own ("G 61.4 B 49.6"), what
    /// each part is beside it, as the theme's <c>split-figure.with-parts</c> word says: "G 61.4 B 49.6 (girls 61.4%, boys 49.6%)".
    /// </summary>
    public string Figure(string? text, IReadOnlyList<LabelledText> parts, Unit unit) => parts.Count == 0
        ? Figure(text, unit)
        : Words.Get("split-figure.with-parts", text, List(parts.Select(p => Words.Get("split-figure.part", p.Label, Figure(p.Text, unit)))));

    /// <summary>
    /// A figure as <see cref="Figure(string?, IReadOnlyList{LabelledText}, Unit)"/> writes it, where a figure the plan
    /// prints as words ("Not Applicable", "New indicator") is the content's text, marked with its language as
    /// <see cref="Content(string?)"/> marks it; numbers ("55.2%", "£78.94") are in no language.
    /// </summary>
    public MarkedText Printed(string? text, IReadOnlyList<LabelledText> parts, Unit unit)
    {
        var written = Figure(text, parts, unit);
        return parts.Count == 0 && !string.IsNullOrEmpty(text) && FigureText.HasWords(text) && !FigureText.IsBareNumber(text)
            ? Content(written)
            : new MarkedText(Encode(written), written);
    }

    /// <summary>A figure with no parts, as <see cref="Printed(string?, IReadOnlyList{LabelledText}, Unit)"/> writes it.</summary>
    public MarkedText Printed(string? text, Unit unit) => Printed(text, [], unit);

    /// <summary>
    /// Text from the content with the page's abbreviations marked (<c>&lt;abbr title="meaning"&gt;</c>) and, where one
    /// first appears on the page, its meaning written beside it as the theme's <c>abbreviation.first-use</c> word
    /// says: "SN (Statistical neighbours)". Text that already spells the meaning out is left to do so.
    /// </summary>
    public IHtmlContent Terms(string? text)
    {
        if (string.IsNullOrEmpty(text)) return HtmlString.Empty;
        var translated = Translated(text);
        text = translated ?? text;
        var abbreviations = _state.Abbreviations;
        if (!abbreviations.Any) return InContentLanguage(Encode(text), "span", translated is not null);
        var html = new System.Text.StringBuilder(text.Length + 32);
        var runs = abbreviations.Split(text);
        for (var i = 0; i < runs.Count; i++)
        {
            var (run, term) = runs[i];
            if (term is null)
            {
                html.Append(Encode(run));
                continue;
            }

            var abbr = "<abbr title=\"" + Encode(term.Text) + "\">" + Encode(run) + "</abbr>";

            char? before = i > 0 && runs[i - 1].Text.Length > 0 ? runs[i - 1].Text[^1] : null;
            char? after = i + 1 < runs.Count && runs[i + 1].Text.Length > 0 ? runs[i + 1].Text[0] : null;
            var following = i + 1 < runs.Count ? runs[i + 1].Text : string.Empty;
            var explain = ExplainsHere(abbreviations, term.Label, FigureText.IsEnclosed(before, after), FigureText.SpellsOut(text, term.Text), FigureText.IsBracketed(following));
            html.Append(explain ? Explained(abbr, term.Text) : abbr);
        }

        return InContentLanguage(html.ToString(), "span", translated is not null);
    }

    /// <summary>
    /// Markdown the generator has made safe, whose abbreviations it marked with <c>&lt;abbr title&gt;</c>: the first on
    /// the page of each gets its meaning written beside it, as <see cref="Terms"/> does for plain text.
    /// </summary>
    public IHtmlContent Prose(Html? html)
    {
        if (html is null) return HtmlString.Empty;
        var abbreviations = _state.Abbreviations;
        if (!abbreviations.Any) return InContentLanguage(html.Value, "div", html.IsTranslated);
        return InContentLanguage(FigureText.MarkedAbbreviation.Replace(html.Value, m =>
        {
            var term = System.Net.WebUtility.HtmlDecode(m.Groups[2].Value);
            char? before = m.Index > 0 ? html.Value[m.Index - 1] : null;
            char? after = m.Index + m.Length < html.Value.Length ? html.Value[m.Index + m.Length] : null;
            if (abbreviations.MeaningOf(term) is not { } meaning) return m.Value;
            var following = html.Value.AsSpan(m.Index + m.Length);
            var explain = ExplainsHere(abbreviations, term, FigureText.IsEnclosed(before, after), FigureText.SpellsOutAfter(following, meaning), FigureText.IsBracketed(following));
            return explain ? Explained(m.Value, meaning) : m.Value;
        }), "div", html.IsTranslated);
    }

    /// <summary>
    /// Text from the content (a plan's, a council's, the site's) in the page's language where the content gives it in
    /// that language, unmarked; otherwise as written, marked with the language it is in: on a Welsh page, English text
    /// not yet translated is <c>&lt;span lang="en-GB"&gt;</c>, so a screen reader reads it in an English voice.
    /// Each text is looked up on its own (the page's <c>Translations</c>), so one page may show some of a plan's
    /// texts in Welsh and others, not yet translated, in English.
    /// </summary>
    public MarkedText Content(string? text)
    {
        if (string.IsNullOrEmpty(text)) return MarkedText.Empty;
        if (Translated(text) is { } translated) return new MarkedText(Encode(translated), translated);
        return new MarkedText(InContentLanguage(Encode(text), "span", false).ToString()!, text);
    }

    /// <summary>Markdown from the content, made safe by the generator, marked with its language as <see cref="Content(string?)"/> marks text (a block: <c>&lt;div lang&gt;</c>); Markdown given in the page's language is not marked.</summary>
    public IHtmlContent Content(Html? html) => html is null ? HtmlString.Empty : InContentLanguage(html.Value, "div", html.IsTranslated);

    /// <summary>The content's text in the page's language where the content gives it, otherwise as written: for where markup cannot go (an attribute, SVG text), with <see cref="LanguageOf"/> for its <c>lang</c>.</summary>
    public string InPageLanguage(string? text) => string.IsNullOrEmpty(text) ? string.Empty : Translated(text) ?? text;

    /// <summary>
    /// A sentence the theme made as a string (a chart's description, which SVG's <c>&lt;desc&gt;</c> shows as text too)
    /// with each of <paramref name="contents"/>, the content's texts it quotes, marked where it is not in the page's
    /// language, as <see cref="Content(string?)"/> marks it: for a caption, where markup can go. Figures ("65", "55.2%")
    /// are in no language and are not looked for.
    /// </summary>
    public MarkedText Marks(string? sentence, IEnumerable<string> contents)
    {
        if (string.IsNullOrEmpty(sentence)) return MarkedText.Empty;
        var marked = contents.Where(c => FigureText.HasWords(c) && LanguageOf(c) is not null).Distinct(StringComparer.Ordinal).OrderByDescending(c => c.Length).ToList();
        if (marked.Count == 0) return new MarkedText(Encode(sentence), sentence);
        var html = new System.Text.StringBuilder(sentence.Length + 32);
        var at = 0;
        while (at < sentence.Length)
        {
            var (next, text) = marked.Select(c => (Index: sentence.IndexOf(c, at, StringComparison.Ordinal), Text: c)).Where(f => f.Index >= 0).OrderBy(f => f.Index).FirstOrDefault(defaultValue: (-1, string.Empty));
            if (next < 0) break;
            html.Append(Encode(sentence[at..next])).Append(Content(text).Html);
            at = next + text.Length;
        }

        html.Append(Encode(sentence[at..]));
        return new MarkedText(html.ToString(), sentence);
    }

    /// <summary>A <c>lang</c> attribute for an element (<c>&lt;text class="…"@Lang(…)&gt;</c>) where <paramref name="language"/> is given; nothing where it is null.</summary>
    public IHtmlContent Lang(string? language) => language is null ? HtmlString.Empty : new HtmlString($" lang=\"{Encode(language)}\"");

    /// <summary>The language <paramref name="text"/> of the content is shown in where it is not the page's (not translated); null where it is, so a <c>lang="@…"</c> attribute is left out.</summary>
    public string? LanguageOf(string? text) => string.IsNullOrEmpty(text) || Translated(text) is not null ? null : _state.ContentLanguage;

    /// <summary>The content's text in the page's language, where the content gives it; null where it does not (or the page is in the content's language).</summary>
    private string? Translated(string text) => _state.ContentLanguage is not null && _state.Translations.TryGetValue(text, out var translated) ? translated : null;

    /// <summary>Text marked as being in <paramref name="language"/>, where the view model says it is not in the page's (null: it is).</summary>
    public IHtmlContent Marked(string? text, string? language) => string.IsNullOrEmpty(text)
        ? HtmlString.Empty
        : new HtmlString(language is null ? Encode(text) : $"<span lang=\"{Encode(language)}\">{Encode(text)}</span>");

    /// <summary>A language named in itself, as a language switcher names it: the theme's <c>language-name.cy</c> ("Cymraeg").</summary>
    public string LanguageName(string language) => Words.Get(Use("language-name." + PluralRules.Primary(language)));

    /// <summary>"In" a language, as a sentence says it: the theme's <c>language-in.en</c> ("in English"; in Welsh "yn Saesneg").</summary>
    public string LanguageIn(string language) => Words.Get(Use("language-in." + PluralRules.Primary(language)));

    private IHtmlContent InContentLanguage(string html, string element, bool translated) => !translated && _state.ContentLanguage is { } language
        ? new HtmlString($"<{element} lang=\"{Encode(language)}\">{html}</{element}>")
        : new HtmlString(html);

    /// <summary>
    /// Whether this use of an abbreviation is where its meaning is written: never inside a code or brackets; where the
    /// text spells the meaning out itself ("PSA (Public Service Agreement)"), that is its first use, explained already;
    /// before brackets of the text's own ("PI (s)") it waits for a later use; otherwise at its first use on the page.
    /// </summary>
    private static bool ExplainsHere(PageAbbreviations abbreviations, string term, bool enclosed, bool spelledOut, bool bracketed)
    {
        if (enclosed) return false;
        if (spelledOut)
        {
            abbreviations.IsFirstUse(term);
            return false;
        }

        return !bracketed && abbreviations.IsFirstUse(term);
    }

    /// <summary>The abbreviation's markup with its meaning beside it, placed as the theme's <c>abbreviation.first-use</c> word says.</summary>
    private string Explained(string abbr, string meaning)
    {
        var pattern = Words.Get("abbreviation.first-use");
        return FigureText.Placeholder.Replace(Encode(pattern), m => m.Groups[1].Value switch
        {
            "0" => abbr,
            "1" => Encode(meaning),
            _ => m.Value,
        });
    }

    private static string Encode(string text) => TemplateRenderer.Encoder.Encode(text);

    /// <summary>Renders the template <paramref name="key"/> (e.g. <c>partials/header</c>) here, found through the theme chain.</summary>
    /// <remarks>
    /// Straight to SiteGen's renderer where it is the one rendering: RazorLight's own <c>IncludeAsync</c> hands its
    /// <c>dynamic</c> view bag on, which makes every partial a call through the C# runtime binder — about a
    /// thousand methods compiled when a build starts, and a look-up on every call.
    /// </remarks>
    public async Task<IHtmlContent> Partial(string key, object? model = null)
    {
        if (_state.Include is { } include) await include(key, model, PageContext.Writer);
        else await IncludeAsync(key, model);
        return HtmlString.Empty;
    }
}

/// <summary>How the renderer hands a template its words without knowing its model type.</summary>
internal interface IThemePage
{
    void Attach(Words words, RenderState state);
}
