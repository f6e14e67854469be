using System.Security.Cryptography;
using System.Text;

namespace SiteGen.Templating;

/// <summary>
/// A template as the theme chain resolved it: its <see cref="Key"/> (its path under <c>layouts/</c>
/// without <c>.cshtml</c>, e.g. <c>partials/header</c>), the file it came from as diagnostics show it,
/// and its text with line endings made <c>\n</c>, so a Windows checkout renders the same bytes and
/// matches the same compiled template, and without the white space that ends the file.
/// </summary>
public sealed record TemplateSource
{
    public TemplateSource(string key, string path, string text)
    {
        Key = key;
        Path = path;
        // The line break ending the file is not the template's output: a partial can sit inside a sentence.
        Text = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd();
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text)));
    }

    public string Key { get; }

    /// <summary>The file, relative to the folder holding site.yml where it is inside it (<c>themes/acme/layouts/partials/header.cshtml</c>).</summary>
    public string Path { get; }

    public string Text { get; }

    /// <summary>The key of the template at <paramref name="path"/> in the <paramref name="layouts"/> folder: its path there, without <c>.cshtml</c>, with forward slashes.</summary>
    public static string KeyOf(string layouts, string path) =>
        System.IO.Path.ChangeExtension(System.IO.Path.GetRelativePath(layouts, path), null)!.Replace('\\', '/');

    /// <summary>SHA-256 of <see cref="Text"/>, lower-case hex.</summary>
    public string Hash { get; }
}
