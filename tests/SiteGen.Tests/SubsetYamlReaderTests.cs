using System.Text;
using SiteGen.Benchmarks;
using SiteGen.Diagnostics;
using SiteGen.Tests.Infrastructure;
using SiteGen.Yaml;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// The fast reader (<see cref="SubsetYamlReader"/>) against the YamlDotNet path it stands in for: on every input
/// it either declines or gives the same tree — every value, style, line, column, character offset and flow flag —
/// and the same diagnostics. And it must not decline the files officers actually write, or it would be dead code.
/// </summary>
public sealed class SubsetYamlReaderTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    [Fact]
    public void Every_sample_file_and_front_matter_is_read_by_the_fast_reader_exactly_as_YamlDotNet_reads_it()
    {
        var files = SampleYamlTexts().ToList();
        Assert.True(files.Count > 250, $"only {files.Count} sample texts found");
        var problems = new List<string>();
        foreach (var (name, text) in files)
        {
            var result = Compare(text, name);
            if (result is not null) problems.Add(result == Declined ? $"{name}: declined by the fast reader" : result);
        }

        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(10)));
    }

    [Fact]
    public void Every_synthetic_corpus_file_is_read_by_the_fast_reader_exactly_as_YamlDotNet_reads_it()
    {
        using var site = new TempSite();
        SyntheticCorpus.Write(site.Root, councils: 3);
        var problems = new List<string>();
        var count = 0;
        foreach (var path in Directory.EnumerateFiles(site.Root, "*.*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var text = YamlOf(path);
            if (text is null) continue;
            count++;
            var name = Path.GetRelativePath(site.Root, path);
            var result = Compare(text, name);
            if (result is not null) problems.Add(result == Declined ? $"{name}: declined by the fast reader" : result);
        }

        Assert.True(count > 50, $"only {count} corpus files");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems.Take(10)));
    }

    /// <summary>The fuzz tests' damage to the sample's and the synthetic corpus's files, thousands of times: whatever the fast reader accepts, it reads as YamlDotNet does.</summary>
    [Fact]
    public void Damaged_files_are_declined_or_read_exactly_as_YamlDotNet_reads_them()
    {
        const int Cases = 8000;
        using var corpus = new TempSite();
        SyntheticCorpus.Write(corpus.Root, councils: 1);
        var originals = SampleYamlFiles()
            .Concat(Directory.EnumerateFiles(corpus.Root, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Select(File.ReadAllBytes)
            .ToList();
        var problems = new List<string>();
        var read = 0;
        var compared = 0;
        for (var n = 0; n < Cases && problems.Count < 10; n++)
        {
            var random = new Random(18_2026 * 7919 + n);
            var original = originals[random.Next(originals.Count)];
            var (damaged, how) = ContentMutator.Mutate(random, original);
            string text;
            try
            {
                text = StrictUtf8.GetString(damaged).TrimStart('\uFEFF');
            }
            catch (DecoderFallbackException)
            {
                continue;
            }

            compared++;
            var result = Compare(text, "damaged.yml");
            if (result == Declined) continue;
            read++;
            if (result is not null) problems.Add($"case {n} ({how}): {result}");
        }

        output.WriteLine($"{compared} damaged texts, {read} read by the fast reader, the rest declined");
        Assert.True(problems.Count == 0, string.Join("\n\n", problems));

        // Most damage leaves a file the fast reader reads; if it declined nearly everything, this test would prove nothing.
        Assert.True(read > compared / 4, $"the fast reader read only {read} of {compared} damaged texts");
    }

    /// <summary>Corners of YAML's rules, each either read exactly as YamlDotNet reads it or declined.</summary>
    [Theory]
    [MemberData(nameof(TrickySnippets))]
    public void A_tricky_snippet_is_declined_or_read_exactly_as_YamlDotNet_reads_it(string text)
    {
        var result = Compare(text, "snippet.yml");
        Assert.True(result is null || result == Declined, result);
    }

    /// <summary>What the subset promises to read (not decline), each compared with YamlDotNet.</summary>
    [Theory]
    [MemberData(nameof(SubsetSnippets))]
    public void A_snippet_within_the_subset_is_read_by_the_fast_reader_exactly_as_YamlDotNet_reads_it(string text)
    {
        Assert.Null(Compare(text, "snippet.yml"));
    }

    public static TheoryData<string> SubsetSnippets() =>
    [
        "a: 1\nb: two words\n",
        "a: 1\nb: 2",
        "# only a comment\n",
        "",
        "\n\n   \n",
        "title: Priority #2 To embed\n",
        "title: #1 priority\n",
        "a:\n  b: 1\n  c:\n    d: x\ne: y\n",
        "list:\n- a\n- b\nnext: 1\n",
        "list:\n  - a\n  - b\nnext: 1\n",
        "list:\n  - a: 1\n    b: 2\n  - c: 3\n",
        "list:\n- a: 1\n  b:\n  - x\n  - y\n- c\n",
        "- a\n- b: c\n  d: e\n-\n- \n  f: g\n",
        "a: [x, y, z]\nb: {p: 1, q: [2, 3], r: {s: t}}\nc: []\nd: {}\n",
        "rows:\n  - [Primary schools, \"5\", '40', 33]\n  - [a b,c]\n",
        "a: 'it''s'\nb: \"tab\\tnew\\nline \\\"q\\\" \\u00e9 \\x41 \\\\\"\nc: ''\nd: \"\"\n",
        "'quoted key': 1\n\"double key\" : 2\n",
        "text: |\n  one\n  two\n\n  three\nnext: 1\n",
        "text: |-\n  one\n  two\n\n\nnext: 1\n",
        "text: |+\n  one\n\n\nnext: 1\n",
        "text: >\n  folded\n  lines\n\n  para\n    indented\n  back\nnext: 1\n",
        "text: >-\n  folded\n",
        "text: |2\n   extra\n  base\n",
        "text: | # comment\n  x\n",
        "- |\n  in a list\n- >\n  folded\n",
        "text: |\n  last line without break",
        "description: a long sentence\n  that carries on\n\n  and a paragraph\nnext: 1\n",
        "- item that\n  carries on\n- next\n",
        "a:\n  plain on the next line\n  and more\nb: 1\n",
        "a: value # comment\nb: value #tag\n",
        "a:    \nb: ~\nc: null\nd: -5%\ne: 2008/09\nf: http://example.org/x\n",
        "a: 1\na: 2\nb: {x: 1, x: 2}\n",
        "a:\n  # comment inside\n  b: 1\n# comment at the end\n",
        "key with spaces: value with colon inside? no\n",
        "url: http://x.org:8080/y\ntime: 10:30\n",
        "a: x]y\nb: a, b\nc: x{y}\n",
        "é: ünïcödé ✓ 🙂\n",
        "a:\n- b\n-\n- c\n",
        "a: 1   \nb: 2  # c  \n",
        "list:\n- [a]\n- {b: c}\n",
        "a:\n  - nested\n",
        "rows:\n  # comment\n  - - a\n    - b\n  - - c\n    -\n    - - d\n",
    ];

    public static TheoryData<string> TrickySnippets() =>
    [
        "a: b: c\n",
        "a: - b\n",
        "a\n",
        "- a\nb: c\n",
        "a: 1\n - b\n",
        "a:\n  b: 1\n c: 2\n",
        "a: 'unclosed\n",
        "a: 'two\n  lines'\n",
        "a: \"two\n  lines\"\n",
        "a: \"esc \\q\"\n",
        "a: \"\\ud83d\\ude00\"\n",
        "a: [x, y\n",
        "a: [x,\n  y]\n",
        "a: {x: 1, y}\n",
        "a: {x:1}\n",
        "a: [x: 1]\n",
        "a: [x, , y]\n",
        "a: [x, y,]\n",
        "a: [x]y\n",
        "a: [x] # c\n",
        "a: [x]# c\n",
        "a: \"x\"# c\n",
        "a: 'x'# c\n",
        "a: \"x\" y\n",
        "a: &anchor x\nb: *anchor\n",
        "a: !tag x\n",
        "? complex\n: value\n",
        "---\na: 1\n",
        "a: 1\n---\nb: 2\n",
        "a: 1\n...\n",
        "%YAML 1.2\n---\na: 1\n",
        "a:\tb\n",
        "\ta: b\n",
        "title: Priority\t\n",
        "a: b\r\nc: d\r\n",
        "a: b\u2028c: d\n",
        "\uFEFFa: b\n",
        "a: |\n    x\n  y\n",
        "a: |\n\n    x\n",
        "a: |\n  \n    x\n",
        "a: >\n   \n  x\n",
        "a: |0\n  x\n",
        "a: |#\n  x\n",
        "a: | x\n",
        "a: |\nb: 1\n",
        "a: >\n\n\nb: 1\n",
        "a: text\n  more: x\n",
        "a: text\n  # comment\n  more\n",
        "a: text\n# comment\n  more\n",
        "a: text\n\n\n  more\n",
        "- a\n - b\n",
        "a: @x\n",
        "a: `x`\n",
        "a: %x\n",
        "a: ?x\n",
        "a: :x\n",
        "a: -\n",
        "a: --x\n",
        "-x: 1\n",
        "a: [-x, -1]\n",
        "a: [-, x]\n",
        "a: [a:b, c]\n",
        "a: [a:, c]\n",
        "a: {a: b:c}\n",
        "a: {a: [x], b: {c: d}}\n",
        "[a, b]: c\n",
        "{a: b}\n",
        "just a scalar\n",
        "  a: 1\n  b: 2\n",
        "a:\n    b: 1\n  c: 2\n",
        "a: 1\nb:\n  - x\n  y: 1\n",
        "a: 'x' : y\n",
        "a: x\n  - y\n",
        "- - a\n",
        "- a: 1\n  - b\n",
        "a:\n  |\n  x\n",
        "a:\n  [x]\n",
        "a:\n  'x'\n",
        "a:\n  'x': y\n",
        "a:\n  \"long\n  quoted\"\n",
        new string('k', 1100) + ": v\n",
        string.Concat(Enumerable.Repeat("- ", 70)) + "x\n",
        string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', i * 2) + "k:\n")) + new string(' ', 140) + "v: 1\n",
        "a: [" + string.Concat(Enumerable.Repeat("[", 70)) + string.Concat(Enumerable.Repeat("]", 70)) + "]\n",
        "a: x\0y\n",
        "a: \u0085\n",
        "a: b #2 c\n",
        "a: |\n  x\n   y\n  z\n",
        "a: >\n  x\n\n   y\n  z\n",
        "a:\n- b\n  c: 1\n",
        "a: 1\n\n\n",
        "a: \"\\x4\"\n",
        "a: \"\\UFFFFFFFF\"\n",
        "a: \"\\U0001F600\"\n",
        "a: \"x\\\n  y\"\n",
        "a: 'it''s' # c\nb: \"q\" #2\n",
        "a: x #\nb: y #c\n",
        "a:  #2\n",
        "-\n  #2\n",
        "- #2 x\n",
        "k: v\n  #2 x\n",
    ];

    /// <summary>What <see cref="Compare"/> returns when the fast reader declined the text.</summary>
    private const string Declined = "(declined)";

    /// <summary>Null if both readers agree, <see cref="Declined"/> if the fast reader declined, or else where they differ.</summary>
    private static string? Compare(string text, string file)
    {
        var expectedDiagnostics = new DiagnosticBag();
        var expected = YamlNodeParser.ParseWithYamlDotNet(text, file, expectedDiagnostics);
        var actualDiagnostics = new DiagnosticBag();
        if (!SubsetYamlReader.TryRead(text, file, actualDiagnostics, out var actual)) return Declined;

        var want = Describe(expected) + Describe(expectedDiagnostics);
        var got = Describe(actual) + Describe(actualDiagnostics);
        if (want == got) return null;

        var wantLines = want.Split('\n');
        var gotLines = got.Split('\n');
        var at = 0;
        while (at < wantLines.Length && at < gotLines.Length && wantLines[at] == gotLines[at]) at++;
        var shown = text.Length > 600 ? text[..600] + "…" : text;
        return $"{file}: the fast reader differs from YamlDotNet at line {at + 1} of the description\n" +
               $"  YamlDotNet: {(at < wantLines.Length ? wantLines[at] : "(end)")}\n" +
               $"  fast:       {(at < gotLines.Length ? gotLines[at] : "(end)")}\n" +
               $"text:\n{shown}";
    }

    /// <summary>Every field of every node, one node a line, so two trees compare as text and a difference shows where it is.</summary>
    private static string Describe(YNode? node)
    {
        var text = new StringBuilder();
        Write(node, 0);
        return text.ToString();

        void Write(YNode? n, int depth)
        {
            text.Append(' ', depth * 2);
            switch (n)
            {
                case null:
                    text.Append("(none)\n");
                    break;
                case YScalar s:
                    text.Append($"scalar {s.Style} {Quote(s.Value)} at {s.Location} [{s.StartIndex}..{s.EndIndex})\n");
                    break;
                case YSequence q:
                    text.Append($"sequence flow={q.IsFlow} {q.Items.Count} items at {q.Location} [{q.StartIndex}..{q.EndIndex})\n");
                    foreach (var item in q.Items) Write(item, depth + 1);
                    break;
                case YMapping m:
                    text.Append($"mapping flow={m.IsFlow} {m.Entries.Count} entries at {m.Location} [{m.StartIndex}..{m.EndIndex})\n");
                    foreach (var entry in m.Entries)
                    {
                        Write(entry.Key, depth + 1);
                        Write(entry.Value, depth + 2);
                    }

                    break;
            }
        }
    }

    private static string Describe(DiagnosticBag diagnostics) =>
        string.Concat(diagnostics.Sorted().Select(d => $"diagnostic {d.Code} {d.Severity} at {d.Location}: {d.Message} / {d.Suggestion}\n"));

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static IEnumerable<string> SampleYamlFiles() =>
        new[] { RepositoryRoot.Combine("content"), RepositoryRoot.Combine("themes") }
            .SelectMany(d => Directory.EnumerateFiles(d, "*.yml", SearchOption.AllDirectories))
            .Append(RepositoryRoot.Combine("site.yml"))
            .Order(StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Text)> SampleYamlTexts() =>
        SampleYamlFiles()
            .Concat(Directory.EnumerateFiles(RepositoryRoot.Combine("content"), "*.md", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != "README.md").Order(StringComparer.Ordinal))
            .Select(f => (Path.GetRelativePath(RepositoryRoot.Path, f), YamlOf(f)))
            .Where(p => p.Item2 is not null)
            .Select(p => (p.Item1, p.Item2!));

    /// <summary>A YAML file's text, or a Markdown file's front matter as ContentParser hands it to the reader (the opening fence blanked out); null for anything else.</summary>
    private static string? YamlOf(string path)
    {
        var text = File.ReadAllText(path).TrimStart('\uFEFF');
        if (path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal)) return text;
        if (!path.EndsWith(".md", StringComparison.Ordinal)) return null;

        var normalised = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (!normalised.StartsWith("---\n", StringComparison.Ordinal)) return null;
        var end = normalised.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < normalised.Length && normalised[end + 4] != '\n') end = normalised.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        return end < 0 ? null : "\n" + normalised[4..(end + 1)];
    }
}
