namespace SiteGen.Diagnostics;

/// <summary>
/// A place in a content file. <see cref="File"/> is relative to the repository root with forward
/// slashes, so a message reads the same on every machine and is clickable in a terminal.
/// Lines and columns are 1-based, as editors show them.
/// </summary>
/// <remarks>
/// A value, not an object: the YAML reader makes one for every node (a million at 100 councils) and the model keeps
/// a third of them, each an object for the collector to copy as it aged.
/// </remarks>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    public override string ToString() => $"{File}:{Line}:{Column}";
}
