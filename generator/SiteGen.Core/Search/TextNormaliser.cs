using System.Text;

namespace SiteGen.Search;

/// <summary>
/// <see cref="Tokenizer.Normalise"/> for reading many texts in a row, into one reused buffer. Nearly all
/// plan text is ASCII, for which lower-casing is the whole of normalising (decomposition changes no
/// ASCII character), so it is done here without allocating; any other text takes the general path.
/// One per reader: the span returned is only good until the next call.
/// </summary>
internal sealed class TextNormaliser
{
    private char[] _buffer = new char[1024];

    public ReadOnlySpan<char> Normalise(string text)
    {
        if (!Ascii.IsValid(text)) return Tokenizer.Normalise(text);
        if (_buffer.Length < text.Length) _buffer = new char[Math.Max(text.Length, 2 * _buffer.Length)];
        Ascii.ToLower(text, _buffer, out var written);
        return _buffer.AsSpan(0, written);
    }
}
