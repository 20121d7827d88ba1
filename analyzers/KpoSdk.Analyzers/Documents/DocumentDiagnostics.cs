using System.Collections.Immutable;
using KpoSdk.Documents;
using KpoSdk.Documents.Checks;
using KpoSdk.Documents.Reading;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Json;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RuleSet = KpoSdk.Knowledge.Rules.RuleSet;

namespace KpoSdk.Analyzers.Documents;

/// <summary>
/// What one document's text gives: the reader's problems, or the knowledge base's findings
/// located at their JSON paths, as the runtime's <c>DocumentCheck</c> locates them (the value at
/// the path, or its deepest ancestor present in the document).
/// </summary>
internal static class DocumentDiagnostics
{
    public static ImmutableArray<LocatedFinding> Of(DocumentReadResult read, CalendarDate date, RuleSet rules)
    {
        if (!read.IsReadable)
        {
            return read.Problems.Select(Problem).ToImmutableArray();
        }

        var findings = DocumentRuleCheck.Check(read.Catalog, read.Roster, read.Agreement, date, rules);
        return findings.Select(f => Finding(f, read.Root!)).ToImmutableArray();
    }

    public static LocatedFinding Problem(DocumentProblem problem) =>
        new(Descriptor(problem.RuleId), DiagnosticSeverity.Error, new TextSpan(problem.Start, problem.Length), [problem.Message]);

    private static LocatedFinding Finding(PathFinding finding, JsonValue root)
    {
        var value = JsonPathLocator.Locate(root, "$." + finding.Path, out _);
        // A list or an object is marked at its opening bracket: the whole would underline a screenful.
        int length = value.Kind is JsonKind.Object or JsonKind.Array ? 1 : value.Length;
        object[] arguments = finding.RuleKey is null ? [finding.Message] : [finding.Message, finding.RuleKey, finding.Citation!];
        return new LocatedFinding(Descriptor(finding.RuleId), DiagnosticDescriptors.Severity(finding.Severity), new TextSpan(value.Start, length), arguments);
    }

    private static DiagnosticDescriptor Descriptor(string id) =>
        Array.Find(DiagnosticDescriptors.All, d => d.Id == id)
            ?? throw new InvalidOperationException($"A document check reported {id}, which no analyzer descriptor has.");
}
