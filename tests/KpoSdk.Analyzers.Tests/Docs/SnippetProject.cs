using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>
/// The source files of a snippet's project, as a newcomer lays them out: a block with top-level
/// statements is Program.cs (a console app), a block of declarations is Contracts.cs (then
/// Contracts2.cs …). C# allows top-level statements in one file only, so the statements of several
/// blocks are joined into one Program.cs, their <c>using</c> directives first. Each line of a file
/// knows the block it came from, so a diagnostic is charged to the block that caused it.
/// </summary>
internal sealed partial class SnippetProject
{
    /// <summary>The implicit usings of a net10.0 console app or library (ImplicitUsings enabled, as in <c>dotnet new</c>).</summary>
    public const string GlobalUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;

        """;

    private readonly Dictionary<string, List<DocSnippet>> _lineOrigins = [];

    public SnippetProject(DocSnippet snippet, CSharpParseOptions options)
    {
        var parsed = snippet.Project.Select(s => (Snippet: s, Root: CSharpSyntaxTree.ParseText(s.Block.Text, options).GetCompilationUnitRoot())).ToList();
        var statements = parsed.Where(p => p.Root.Members.OfType<GlobalStatementSyntax>().Any()).Select(p => p.Snippet).ToList();
        IsProgram = statements.Count > 0;
        var files = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(GlobalUsings, options, "GlobalUsings.g.cs") };
        if (IsProgram)
        {
            files.Add(Add("Program.cs", statements, options));
        }

        int declarations = 0;
        foreach (var (s, _) in parsed.Where(p => !statements.Contains(p.Snippet)))
        {
            declarations++;
            files.Add(Add(declarations == 1 ? "Contracts.cs" : $"Contracts{declarations}.cs", [s], options));
        }

        Trees = files;
    }

    /// <summary>True when the project is a console app (some block has top-level statements), else a library.</summary>
    public bool IsProgram { get; }

    public IReadOnlyList<SyntaxTree> Trees { get; }

    /// <summary>The block a source location lies in, or null for a generated file or no location.</summary>
    public DocSnippet? Origin(Location location)
    {
        if (!location.IsInSource || !_lineOrigins.TryGetValue(location.SourceTree!.FilePath, out var origins))
        {
            return null;
        }

        int line = location.GetLineSpan().StartLinePosition.Line;
        return line < origins.Count ? origins[line] : origins[^1];
    }

    private SyntaxTree Add(string path, IReadOnlyList<DocSnippet> snippets, CSharpParseOptions options)
    {
        var origins = new List<DocSnippet>();
        var text = new System.Text.StringBuilder();
        if (snippets.Count == 1)
        {
            text.Append(snippets[0].Block.Text);
            origins.AddRange(Enumerable.Repeat(snippets[0], Lines(snippets[0].Block.Text).Length));
        }
        else
        {
            var split = snippets.Select(s => (Snippet: s, Parts: SplitUsings(s.Block.Text))).ToList();
            foreach (var (s, (usings, _)) in split)
            {
                foreach (string line in usings.Where(u => !text.ToString().Contains(u + "\n", StringComparison.Ordinal)))
                {
                    text.Append(line).Append('\n');
                    origins.Add(s);
                }
            }

            foreach (var (s, (_, body)) in split)
            {
                text.Append(body);
                origins.AddRange(Enumerable.Repeat(s, Lines(body).Length));
            }
        }

        _lineOrigins[path] = origins;
        return CSharpSyntaxTree.ParseText(text.ToString(), options, path);
    }

    /// <summary>A block's leading <c>using</c> directives (blank lines between them dropped), and the rest.</summary>
    private static (IReadOnlyList<string> Usings, string Body) SplitUsings(string block)
    {
        string[] lines = Lines(block);
        int first = 0;
        while (first < lines.Length && (lines[first].Length == 0 || UsingDirective().IsMatch(lines[first])))
        {
            first++;
        }

        return ([.. lines[..first].Where(l => l.Length > 0)], string.Concat(lines[first..].Select(l => l + "\n")));
    }

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');

    [GeneratedRegex(@"^using (static )?[\w.]+( = [\w.<>, ]+)?;$")]
    private static partial Regex UsingDirective();
}
