namespace SiteGen.Templating;

/// <summary>
/// Marks a template compiled with the generator (the default theme): the text it was compiled from is
/// identified by <see cref="Hash"/>, so a site whose copy of the template differs compiles its own instead.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
public sealed class PrecompiledTemplateAttribute(string key, string hash, Type type) : Attribute
{
    public string Key { get; } = key;

    public string Hash { get; } = hash;

    public Type Type { get; } = type;
}
