using System.Globalization;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Tests.Docs;

/// <summary>The result of building a snippet's project: the compilation with the generated files, and what the build reports.</summary>
internal sealed record SnippetBuild(DocSnippet Snippet, SnippetProject Project, Compilation Output, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The diagnostics charged to <paramref name="block"/>: those in its lines, and for the snippet built, those of generated files or of no file.</summary>
    public IReadOnlyList<Diagnostic> Of(DocSnippet block) =>
        [.. Diagnostics.Where(d => (Project.Origin(d.Location) ?? Snippet) == block)];

    /// <summary>A diagnostic as <c>dotnet build</c> prints it, without the project suffix: <c>File.cs(line,col): error ID: message</c>.</summary>
    public static string Format(Diagnostic diagnostic)
    {
        string severity = diagnostic.Severity.ToString().ToLowerInvariant();
        string message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        if (!diagnostic.Location.IsInSource)
        {
            return $"{severity} {diagnostic.Id}: {message}";
        }

        var position = diagnostic.Location.GetLineSpan();
        return $"{Path.GetFileName(position.Path)}({position.StartLinePosition.Line + 1},{position.StartLinePosition.Character + 1}): {severity} {diagnostic.Id}: {message}";
    }
}
