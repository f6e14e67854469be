using SiteGen.Diagnostics;

namespace SiteGen.Model;

/// <summary>A reference written in content (to an officer, an indicator, a plan …), kept with where it was written.</summary>
public sealed record Ref(string Value, SourceLocation Location)
{
    public override string ToString() => Value;
}
