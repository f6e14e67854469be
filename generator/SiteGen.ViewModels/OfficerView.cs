namespace SiteGen.ViewModels;

/// <summary>
/// A person responsible, as the plan names them: a post and a name ("Head of Service", "Steve Titcombe"), or
/// only one of them; when the plan names an officer SiteGen does not know, their id as written.
/// </summary>
public sealed record OfficerView(string? Post, string? Name);
