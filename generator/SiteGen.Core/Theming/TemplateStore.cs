using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using SiteGen.Diagnostics;
using SiteGen.Templating;

namespace SiteGen.Theming;

/// <summary>
/// Turns a theme's templates into compiled pages, compiling as little as it can. A template is taken, in
/// order, from the default theme as compiled with SiteGen (when its text is unchanged), from this store's
/// memory (serve keeps one store between builds), from the cache on disk, and only then compiled — all
/// that need it together, in one compilation. Every error is reported at the template's line and column
/// and nothing is returned, so a build stops before it writes anything.
/// </summary>
/// <remarks>
/// The disk cache is keyed by the template's key and text and by the generator's build, so an unchanged
/// theme compiles nothing on the next build, in any process, and an upgraded SiteGen never runs a template
/// compiled against another version of the view models. Each compilation is one assembly file
/// (<c>&lt;id&gt;.dll</c>, with its symbols so a failure names the template's line); a small file per
/// template (<c>&lt;cache key&gt;.template</c>) names the assembly and type that hold it. Files are written
/// under temporary names and moved into place, so two builds sharing the cache never read half a file.
/// </remarks>
public sealed class TemplateStore(string? cacheFolder)
{
    private readonly ConcurrentDictionary<string, Type> _memory = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Assembly> _loaded = new(StringComparer.Ordinal);

    /// <summary>The cache folder for a site: <c>.sitegen/cache/templates</c> beside site.yml.</summary>
    public static string CacheFolderFor(string rootFolder) => Path.Combine(rootFolder, ".sitegen", "cache", "templates");

    /// <summary>How the templates of the latest <see cref="Compile"/> were found.</summary>
    public TemplateCompileCounts Last { get; private set; }

    /// <summary>Templates compiled by this store since it was made.</summary>
    public int CompiledSoFar { get; private set; }

    public TemplateSet? Compile(Theme theme, DiagnosticBag diagnostics)
    {
        var types = new Dictionary<string, Type>(StringComparer.Ordinal);
        var needed = new List<TemplateSource>();
        int precompiled = 0, cached = 0;
        foreach (var template in theme.Templates.Values.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            if (PrecompiledTemplates.Find(template) is { } built)
            {
                types[template.Key] = built;
                precompiled++;
            }
            else if (_memory.TryGetValue(CacheKey(template), out var type) || (type = FromDisk(template)) is not null)
            {
                types[template.Key] = type;
                cached++;
            }
            else
            {
                needed.Add(template);
            }
        }

        if (needed.Count > 0)
        {
            var result = TemplateCompiler.Compile(needed, "SiteGen.Templates." + BatchId(needed));
            if (!result.Succeeded)
            {
                var paths = needed.ToDictionary(t => t.Key, t => t.Path, StringComparer.Ordinal);
                foreach (var error in result.Errors)
                {
                    var at = new SourceLocation(paths.GetValueOrDefault(error.Key, error.Key), error.Line, error.Column);
                    diagnostics.Report(DiagnosticCatalog.TemplateDoesNotCompile, at, error.Message, error.Code);
                }

                Last = new TemplateCompileCounts(precompiled, cached, 0);
                return null;
            }

            var assembly = Assembly.Load(result.Assembly!, result.Symbols);
            var compiled = TemplateCompiler.TemplatesIn(assembly);
            var file = Save(needed, result);
            foreach (var template in needed)
            {
                var type = compiled[template.Key];
                types[template.Key] = type;
                _memory[CacheKey(template)] = type;
                if (file is not null) SaveIndex(template, file, type);
            }

            CompiledSoFar += needed.Count;
        }

        Last = new TemplateCompileCounts(precompiled, cached, needed.Count);
        return new TemplateSet(types);
    }

    /// <summary>The template's identity in the cache: its key and text, and the generator build it is compiled for.</summary>
    private static string CacheKey(TemplateSource template) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{TemplateCompiler.GeneratorVersion}\n{template.Key}\n{template.Hash}")));

    private static string BatchId(IReadOnlyList<TemplateSource> templates) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', templates.Select(CacheKey)))))[..32];

    private Type? FromDisk(TemplateSource template)
    {
        if (cacheFolder is null) return null;
        var index = Path.Combine(cacheFolder, CacheKey(template) + ".template");
        if (!File.Exists(index)) return null;
        try
        {
            var parts = File.ReadAllText(index).Split('\t');
            if (parts.Length != 2) return null;
            var assemblyPath = Path.Combine(cacheFolder, parts[0]);
            var assembly = _loaded.GetOrAdd(assemblyPath, path =>
            {
                var symbols = Path.ChangeExtension(path, ".pdb");
                return Assembly.Load(File.ReadAllBytes(path), File.Exists(symbols) ? File.ReadAllBytes(symbols) : null);
            });
            var type = assembly.GetType(parts[1], throwOnError: false);
            if (type is not null) _memory[CacheKey(template)] = type;
            return type;
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or UnauthorizedAccessException)
        {
            // A damaged or half-deleted cache is compiled again, never trusted.
            return null;
        }
    }

    /// <summary>Writes the compiled assembly to the cache; null when there is no cache or it cannot be written (the build goes on, uncached).</summary>
    private string? Save(IReadOnlyList<TemplateSource> templates, TemplateCompiler.Result result)
    {
        if (cacheFolder is null) return null;
        try
        {
            Directory.CreateDirectory(cacheFolder);
            var name = BatchId(templates) + ".dll";
            WriteAtomically(Path.Combine(cacheFolder, Path.ChangeExtension(name, ".pdb")), result.Symbols!);
            WriteAtomically(Path.Combine(cacheFolder, name), result.Assembly!);
            return name;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private void SaveIndex(TemplateSource template, string assemblyFile, Type type)
    {
        try
        {
            WriteAtomically(Path.Combine(cacheFolder!, CacheKey(template) + ".template"), Encoding.UTF8.GetBytes($"{assemblyFile}\t{type.FullName}"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Uncached: compiled again next time.
        }
    }

    private static void WriteAtomically(string path, byte[] bytes)
    {
        var temporary = path + "." + Environment.ProcessId + "." + Guid.NewGuid().ToString("N")[..8] + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, path, overwrite: true);
    }
}
