namespace SiteGen.Model;

public sealed record Project(string Name, string? Summary, Ref? Accountable, Ref? Lead, string? Timescale, string? Budget);
