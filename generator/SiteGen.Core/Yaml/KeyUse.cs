namespace SiteGen.Yaml;

/// <summary>
/// How a binder reads a key. The schema export turns each into the shapes of value the binder accepts;
/// a key read in several ways (Markdown reads a node, then a list of texts) keeps its most specific use,
/// which is the one with the highest number here.
/// </summary>
public enum KeyUse
{
    /// <summary>Any node, handled by the binder itself (a nested set of keys, a table's rows).</summary>
    Node = 0,

    /// <summary>One value.</summary>
    Scalar = 1,

    /// <summary>One value or a list of values.</summary>
    ScalarOrList = 2,

    /// <summary>A list whose items the binder reads one by one.</summary>
    List = 3,

    /// <summary>One of a closed list of words.</summary>
    Choice = 4,

    /// <summary>A period such as 2008/09, 2008 or Q4 2007/08.</summary>
    Period = 5,

    /// <summary>A date such as 2009-06 or 2009-06-30.</summary>
    Date = 6,

    /// <summary>A figure as printed, or its parts ({girls: 61.4, boys: 49.6}).</summary>
    Figure = 7,

    /// <summary>Markdown text, or a list of lines.</summary>
    Markdown = 8,

    /// <summary>One or more words of a closed list (the page types left out of search).</summary>
    ChoiceList = 9,

    /// <summary>A text, or a map from language code to the text in that language.</summary>
    Translated = 10,

    /// <summary>Markdown, or a list of lines, or a map from language code to the Markdown in that language.</summary>
    TranslatedMarkdown = 11,

    /// <summary>A text or a list of texts, each of which may be a map from language code to the text in that language.</summary>
    TranslatedList = 12,
}
