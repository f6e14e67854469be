namespace SiteGen.Templating;

/// <summary>
/// One entry of a theme's words: a text with numbered placeholders (<c>{0}</c>, <c>{1:N0}</c>, as .NET
/// composite formatting writes them), or, for a message about a count, one text per plural category.
/// </summary>
public sealed record Message(string? Text, IReadOnlyDictionary<PluralCategory, string>? Forms)
{
    public static Message Of(string text) => new(text, null);

    public static Message Plural(IReadOnlyDictionary<PluralCategory, string> forms) => new(null, forms);

    public bool IsPlural => Forms is not null;
}
