namespace SiteGen.Import;

/// <summary>One figure the import wrote: where it now is, and what it was (null when it is new).</summary>
public sealed record ValueChange(string File, int Line, string Reference, string Period, string Field, string? Before, string After);

/// <summary>What an import would do: the changes to report and the new text of each file touched.</summary>
public sealed record ValueImport(IReadOnlyList<ValueChange> Changes, int Unchanged, IReadOnlyDictionary<string, string> NewTexts);
