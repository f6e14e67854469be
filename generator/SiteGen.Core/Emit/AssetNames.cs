using System.Security.Cryptography;

namespace SiteGen.Emit;

public static class AssetNames
{
    /// <summary><c>site.css</c> → <c>site.3f2a9c1b.css</c>: a new name whenever the content changes, so browsers may cache forever.</summary>
    public static string Hashed(string name, ReadOnlySpan<byte> content)
    {
        var hash = Convert.ToHexString(SHA256.HashData(content))[..8].ToLowerInvariant();
        var extension = Path.GetExtension(name);
        return $"{name[..^extension.Length]}.{hash}{extension}";
    }
}
