namespace SiteGen.Yaml;

/// <summary>What <see cref="MappingReader"/> tells an observer: each mapping opened, each key asked for and how, each required key.</summary>
internal interface IMappingObserver
{
    void Opened(YMapping node, MappingReader reader, string what);

    /// <summary>A binder wanted a set of keys at <paramref name="node"/> and found something else.</summary>
    void Refused(YNode node);

    void Read(MappingReader reader, string key, KeyUse use, IReadOnlyList<string>? allowed);

    void Required(MappingReader reader, string key);

    /// <summary>The binder asked for every key it knows: any other key is reported as unknown.</summary>
    void Finished(MappingReader reader);
}
