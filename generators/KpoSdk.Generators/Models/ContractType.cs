using Microsoft.CodeAnalysis.CSharp;

namespace KpoSdk.Generators.Models;

/// <summary>Where a contract type is declared and how its partial part is written.</summary>
/// <param name="Namespace">The containing namespace as written in code (keywords escaped), or null for the global namespace.</param>
/// <param name="Name">The type name, unescaped.</param>
/// <param name="DeclarationKeywords">How the partial part is declared: <c>partial class</c>, <c>readonly partial struct</c>, <c>partial record</c>, <c>partial record struct</c> ….</param>
internal sealed record ContractType(string? Namespace, string Name, string DeclarationKeywords)
{
    /// <summary>The name as written in code: <c>@event</c> for a type named like a keyword.</summary>
    public string Identifier => SyntaxFacts.GetKeywordKind(Name) != SyntaxKind.None ? "@" + Name : Name;

    /// <summary>The name with <c>global::</c> and the namespace.</summary>
    public string FullyQualifiedName => Namespace is null ? "global::" + Identifier : "global::" + Namespace + "." + Identifier;

    /// <summary>The full name as people read it, without <c>global::</c> or <c>@</c>: <c>Acme.Contracts.NewYorkTaxPreparation</c>.</summary>
    public string DisplayName => Namespace is null ? Name : Namespace.Replace("@", string.Empty) + "." + Name;

    /// <summary>The name of the generated file, unique per type in a compilation.</summary>
    public string HintName => DisplayName + ".ServiceLevelContract.g.cs";
}
