using System.Collections.Concurrent;
using System.Text;

namespace SiteGen.Templating;

/// <summary>Keys of the words for closed values: <c>Polarity.HigherIsBetter</c> is <c>polarity.higher-is-better</c>.</summary>
internal static class WordKeys
{
    private static readonly ConcurrentDictionary<Enum, string> Keys = new();
    private static readonly ConcurrentDictionary<Enum, string> Members = new();

    public static string Of(Enum value) => Keys.GetOrAdd(value, v => Kebab(v.GetType().Name) + "." + Member(v));

    public static string Member(Enum value) => Members.GetOrAdd(value, v => Kebab(v.ToString()));

    /// <summary>"RatePer10000" is "rate-per-10000"; "YesNo" is "yes-no".</summary>
    private static string Kebab(string name)
    {
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            var startsWord = i > 0 && (char.IsUpper(c) || (char.IsDigit(c) && !char.IsDigit(name[i - 1])));
            if (startsWord) text.Append('-');
            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
