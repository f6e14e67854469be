namespace SiteGen.Diagnostics;

/// <summary>
/// A place in a content file. <see cref="File"/> is relative to the repository root with forward
/// slashes, so a message reads the same on every machine and is clickable in a terminal.
/// Lines and columns are 1-based, as editors show them.
/// </summary>
public sealed record SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
