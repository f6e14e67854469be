namespace SiteGen.Model;

/// <summary>Language codes as site.yml and the content write them (<c>en-GB</c>, <c>cy</c>), compared the way readers mean them.</summary>
public static class LanguageCode
{
    /// <summary>"cy" of "cy-GB": the folder a language's pages are in, and how two codes are compared.</summary>
    public static string Primary(string language)
    {
        var dash = language.IndexOf('-');
        return (dash < 0 ? language : language[..dash]).ToLowerInvariant();
    }

    /// <summary>Whether two codes name the same language: <c>en</c> is <c>en-GB</c>, <c>en-GB</c> is not <c>en-US</c>.</summary>
    public static bool Same(string a, string b) =>
        string.Equals(a, b, StringComparison.OrdinalIgnoreCase) || ((!a.Contains('-') || !b.Contains('-')) && Primary(a) == Primary(b));
}
