using System.Collections.Concurrent;
using System.Globalization;

namespace SiteGen.Templating;

/// <summary>
/// Every word a theme shows, in one language: its <c>i18n/&lt;lang&gt;.yml</c> merged down the theme chain
/// (a theme's own words over those of the theme it extends, down to <c>default</c>). Templates reach it
/// through <see cref="ThemePage{TModel}.T(string)"/> and <see cref="ThemePage{TModel}.Plural"/>.
/// </summary>
/// <remarks>
/// A key no words file gives is not an exception in the middle of rendering: the page shows the key in
/// brackets and the key is remembered in <see cref="Missing"/>, which the build reports as an error, so a
/// theme with a missing word never publishes.
/// </remarks>
public sealed class Words
{
    private readonly IReadOnlyDictionary<string, Message> _messages;
    private readonly ConcurrentDictionary<string, byte> _missing = new(StringComparer.Ordinal);
    private string? _version;

    public Words(string language, IReadOnlyDictionary<string, Message> messages)
    {
        Language = language;
        _messages = messages;
        Culture = CultureFor(language);
    }

    /// <summary>The language as <c>html lang</c> writes it, e.g. <c>en-GB</c> or <c>cy</c>.</summary>
    public string Language { get; }

    /// <summary>For numbers in placeholders (<c>{0:N0}</c>): digit grouping and decimal mark of the language.</summary>
    public CultureInfo Culture { get; }

    /// <summary>Identifies these words: changes when any message does, so pages rendered with other words are rendered again.</summary>
    public string Version => _version ??= ComputeVersion();

    public IReadOnlyCollection<string> Keys => (IReadOnlyCollection<string>)_messages.Keys;

    /// <summary>Keys a template asked for that no words file gives, in the order first asked.</summary>
    public IReadOnlyCollection<string> Missing => _missing.Keys.Order(StringComparer.Ordinal).ToList();

    public bool Has(string key) => _messages.ContainsKey(key);

    public Message? Find(string key) => _messages.GetValueOrDefault(key);

    /// <summary>What the message for <paramref name="key"/> says, as one string (its plural forms joined): equal strings, equal words.</summary>
    public string Fingerprint(string key) => _messages.TryGetValue(key, out var message)
        ? message.Text ?? string.Join('\u001f', message.Forms!.Select(f => f.Key + "=" + f.Value))
        : "\u0000missing";

    public string Get(string key)
    {
        if (_messages.TryGetValue(key, out var message) && message.Text is { } text) return text;
        return Absent(key);
    }

    public string Get(string key, params object?[] args)
    {
        if (_messages.TryGetValue(key, out var message) && message.Text is { } text) return Format(key, text, args);
        return Absent(key);
    }

    /// <summary>The message for <paramref name="count"/> in its plural form; <c>{0}</c> is the count, further arguments follow.</summary>
    public string Plural(string key, long count, params object?[] args)
    {
        if (!_messages.TryGetValue(key, out var message)) return Absent(key);
        var text = message.Text;
        if (message.Forms is { } forms)
        {
            var category = PluralRules.Of(Language, count);
            text = forms.GetValueOrDefault(category) ?? forms.GetValueOrDefault(PluralCategory.Other);
        }

        if (text is null) return Absent(key);
        var all = new object?[args.Length + 1];
        all[0] = count;
        args.CopyTo(all, 1);
        return Format(key, text, all);
    }

    private string Format(string key, string text, object?[] args)
    {
        try
        {
            return string.Format(Culture, text, args);
        }
        catch (FormatException)
        {
            // A placeholder the caller gives no argument for: show the text as written rather than fail the page.
            _missing.TryAdd(key + " (its placeholders do not match what the template gives)", 0);
            return text;
        }
    }

    private string Absent(string key)
    {
        _missing.TryAdd(key, 0);
        return "[" + key + "]";
    }

    private string ComputeVersion()
    {
        var text = new System.Text.StringBuilder(Language);
        foreach (var (key, message) in _messages.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            text.Append('\n').Append(key).Append('=').Append(message.Text);
            foreach (var (category, form) in message.Forms ?? new Dictionary<PluralCategory, string>()) text.Append('|').Append(category).Append(':').Append(form);
        }

        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static CultureInfo CultureFor(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }
}
