using SiteGen.Diagnostics;
using SiteGen.Model;

namespace SiteGen.Binding;

/// <summary>
/// One plan folder bound (<see cref="Plan"/> null when its plan.yml could not be), with the problems binding
/// it reported. A plan is bound from its own files and the shared content alone, so <c>sitegen serve</c>
/// keeps these and binds again only the folders an edit touched.
/// </summary>
public sealed record BoundPlan(string Id, Plan? Plan, IReadOnlyList<Diagnostic> Diagnostics);
