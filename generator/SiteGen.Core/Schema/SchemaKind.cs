using SiteGen.Diagnostics;
using SiteGen.Discovery;
using SiteGen.Yaml;

namespace SiteGen.Schema;

/// <summary>
/// One kind of YAML file officers write, and the binder that reads it. <see cref="Name"/> names the schema
/// file (<c>schemas/&lt;name&gt;.schema.json</c>); <see cref="Kind"/> is null for site.yml, which is not content.
/// </summary>
public sealed record SchemaKind(string Name, ContentFileKind? Kind, string Title, string Description, Action<YNode, DiagnosticBag> Bind)
{
    public string FileName => $"{Name}.schema.json";
}
