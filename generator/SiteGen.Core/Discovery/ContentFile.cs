namespace SiteGen.Discovery;

/// <summary>
/// A file of the content folder and what it is. <see cref="Path"/> is relative to the repository root
/// (as messages show it); <see cref="Name"/> is the file name without extension, which is the id of
/// organisations, frameworks, objectives and the like; <see cref="PlanId"/> is set for files under a plan.
/// </summary>
public sealed record ContentFile(string Path, string FullPath, ContentFileKind Kind, string Name, string? PlanId);
