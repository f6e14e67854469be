using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using SiteGen.Rendering;
using SiteGen.Tests.Infrastructure;
using Xunit;

namespace SiteGen.Tests;

/// <summary>
/// Themes own every word: Core's rendering code hands them typed data, and the default theme's templates
/// take every word from its i18n/en.yml, so a web team or a translator can change any of them.
/// </summary>
public sealed partial class ThemeWordsTests
{
    /// <summary>
    /// String literals in Rendering that are allowed although they look like words: none is shown to a reader.
    /// Keep this short, and say why for each.
    /// </summary>
    private static readonly Dictionary<string, string> Allowed = new(StringComparer.Ordinal)
    {
        ["<!DOCTYPE html>\n"] = "the doctype every page starts with",
    };

    [Fact]
    public void Core_rendering_code_has_no_words_for_readers()
    {
        var folder = RepositoryRoot.Combine("generator", "SiteGen.Core", "Rendering");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var (text, node) in Literals(root))
            {
                if (!LooksLikeWords(text) || Allowed.ContainsKey(text) || IsForDevelopers(node)) continue;
                var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                found.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{line}: \"{text}\"");
            }
        }

        Assert.True(found.Count == 0, "Words for readers belong in the theme's i18n/en.yml, not in Core:\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_default_theme_templates_take_every_word_from_its_words_file()
    {
        var layouts = RepositoryRoot.Combine("themes", "default", "layouts");
        var found = new List<string>();
        foreach (var file in Directory.EnumerateFiles(layouts, "*.cshtml", SearchOption.AllDirectories))
        {
            var lines = MarkupOnly(File.ReadAllText(file)).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                foreach (Match text in TextBetweenTags().Matches(lines[i]))
                {
                    if (Word().IsMatch(text.Groups[1].Value)) found.Add($"{Path.GetRelativePath(RepositoryRoot.Path, file)}:{i + 1}: {text.Groups[1].Value.Trim()}");
                }
            }
        }

        Assert.True(found.Count == 0, "Words in templates belong in i18n/en.yml (write @T(\"key\")):\n" + string.Join("\n", found));
    }

    [Fact]
    public void The_view_models_mirror_the_models_closed_values_member_for_member()
    {
        foreach (var (model, view) in ViewKinds.Pairs)
        {
            Assert.Equal(Enum.GetNames(model), Enum.GetNames(view));
        }
    }

    private static IEnumerable<(string Text, SyntaxNode Node)> Literals(SyntaxNode root)
    {
        foreach (var literal in root.DescendantNodes().OfType<LiteralExpressionSyntax>().Where(l => l.IsKind(SyntaxKind.StringLiteralExpression)))
        {
            yield return (literal.Token.ValueText, literal);
        }

        foreach (var part in root.DescendantNodes().OfType<InterpolatedStringTextSyntax>())
        {
            yield return (part.TextToken.ValueText, part);
        }
    }

    /// <summary>Two words with a space between them, or a capitalised word: a reader's text, not an id, key, path, format or markup.</summary>
    private static bool LooksLikeWords(string text) => !text.TrimStart().StartsWith('<') && (Sentence().IsMatch(text) || CapitalisedWord().IsMatch(text));

    /// <summary>Messages for whoever reads an exception or a log: SiteGen's developers, not the site's readers.</summary>
    private static bool IsForDevelopers(SyntaxNode node) =>
        node.Ancestors().Any(a => a is ThrowStatementSyntax or ThrowExpressionSyntax
            || (a is ObjectCreationExpressionSyntax creation && creation.Type.ToString().EndsWith("Exception", StringComparison.Ordinal)));

    /// <summary>
    /// A template with what is not markup taken out: Razor comments, @functions blocks, code blocks, code lines
    /// and @-expressions (which is where words come from, through T()).
    /// </summary>
    private static string MarkupOnly(string template)
    {
        var text = RazorComment().Replace(template, m => new string('\n', m.Value.Count(c => c == '\n')));
        var functions = text.IndexOf("@functions", StringComparison.Ordinal);
        if (functions >= 0) text = text[..functions];
        var lines = text.Split('\n').Select(line =>
        {
            var trimmed = line.TrimStart();
            if (!trimmed.StartsWith('<') && !trimmed.StartsWith("@:", StringComparison.Ordinal)) return string.Empty;
            return Expression().Replace(line, string.Empty);
        });
        return string.Join('\n', lines);
    }

    [GeneratedRegex(@"[A-Za-z]{2,}\s+[A-Za-z]{2,}")]
    private static partial Regex Sentence();

    [GeneratedRegex(@"^[A-Z][a-z]{2,}")]
    private static partial Regex CapitalisedWord();

    [GeneratedRegex(@"[A-Za-z]{2,}")]
    private static partial Regex Word();

    [GeneratedRegex(@">([^<]*)<")]
    private static partial Regex TextBetweenTags();

    [GeneratedRegex(@"@\*.*?\*@", RegexOptions.Singleline)]
    private static partial Regex RazorComment();

    /// <summary>
    /// What is code on a markup line: @if (…), @foreach (…), @(…), @await Partial(…), @T(…), @Model.X.Y, a { … }
    /// block and else; parentheses balanced to four levels.
    /// </summary>
    [GeneratedRegex(@"@(if|foreach|for|while|switch)\s*\((?:[^()]|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*\)|@(await\s+)?[A-Za-z_.]*(\((?:[^()]|\((?:[^()]|\((?:[^()]|\([^()]*\))*\))*\))*\))?[A-Za-z_.]*|\{[^{}]*\}|\belse\b")]
    private static partial Regex Expression();
}
