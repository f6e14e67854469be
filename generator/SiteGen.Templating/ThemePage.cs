using Microsoft.AspNetCore.Html;
using RazorLight;

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
public abstract class ThemePage<TModel> : TemplatePage<TModel>, IThemePage
{
    /// <summary>The words of the page's language; set by the renderer before the template runs.</summary>
    public Words Words { get; private set; } = null!;

    void IThemePage.SetWords(Words words) => Words = words;

    /// <summary>The page's language as <c>html lang</c> writes it.</summary>
    public string Language => Words.Language;

    /// <summary>The theme's text for <paramref name="key"/>.</summary>
    public string T(string key) => Words.Get(key);

    /// <summary>The theme's text for <paramref name="key"/> with its placeholders <c>{0}</c>, <c>{1}</c>… filled in.</summary>
    public string T(string key, params object?[] args) => Words.Get(key, args);

    /// <summary>The theme's text about a count, in the plural form the language gives that count; <c>{0}</c> is the count.</summary>
    public string Plural(string key, long count, params object?[] args) => Words.Plural(key, count, args);

    /// <summary>A date in words, as the theme's <c>date.day-month-year</c> and <c>month.N</c> words write it: "20 May 2008".</summary>
    public string Date(DateOnly date) => Words.Get("date.day-month-year", date.Day, Words.Get("month." + date.Month), date.Year);

    /// <summary>A month in words: "May 2008".</summary>
    public string Month(int year, int month) => Words.Get("date.month-year", Words.Get("month." + month), year);

    /// <summary>A whole number with the language's digit grouping: "16,983".</summary>
    public string Number(long value) => value.ToString("N0", Words.Culture);

    /// <summary>Renders the template <paramref name="key"/> (e.g. <c>partials/header</c>) here, found through the theme chain.</summary>
    public async Task<IHtmlContent> Partial(string key, object? model = null)
    {
        await IncludeAsync(key, model);
        return HtmlString.Empty;
    }
}

/// <summary>How the renderer hands a template its words without knowing its model type.</summary>
internal interface IThemePage
{
    void SetWords(Words words);
}
