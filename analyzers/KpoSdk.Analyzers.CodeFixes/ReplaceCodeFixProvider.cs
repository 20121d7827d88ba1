using System.Collections.Immutable;
using System.Composition;
using KpoSdk.Roslyn.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace KpoSdk.Analyzers.CodeFixes;

/// <summary>
/// "Did you mean": replaces the offending text inside a string literal with what the diagnostic
/// suggests: a country, subdivision or language code (KPO0001, KPO0003), a zone ID (KPO0002), a
/// zone of the client (KPO2001). A certain suggestion ("UK" is "GB", "usa-ny" is "US-NY") is one
/// action, "Use 'GB'", which Fix All and <c>dotnet format</c> apply everywhere. Guesses ("US-XX"
/// is one typo from "US-TX") are one action each, most likely first, titled as suggestions, and
/// are never applied in bulk (<see cref="CertainFixAll"/>).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceCodeFixProvider))]
[Shared]
public sealed class ReplaceCodeFixProvider : CodeFixProvider
{
    private static readonly FixAllProvider s_fixAll = CertainFixAll.Create(DidYouMeanEdits.Certain);

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(
        DiagnosticIds.UnknownJurisdiction, DiagnosticIds.UnknownTimeZone, DiagnosticIds.UnknownLanguage, DiagnosticIds.CoverageZoneOutsideClientCountry);

    /// <inheritdoc/>
    public override FixAllProvider? GetFixAllProvider() => s_fixAll;

    /// <inheritdoc/>
    public override Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        foreach (var diagnostic in context.Diagnostics)
        {
            bool certain = FixProperties.IsCertain(diagnostic.Properties);
            if (certain && diagnostic.Properties.ContainsKey(FixProperties.CountryMember))
            {
                // Country.GB is the better fix of a certain Country.Parse("UK"); CountryMemberCodeFixProvider offers it.
                continue;
            }

            foreach (string replacement in DidYouMeanEdits.Replacements(diagnostic))
            {
                var change = DidYouMeanEdits.Literal(diagnostic, replacement);
                var document = context.Document;
                context.RegisterCodeFix(
                    certain
                        ? CodeAction.Create($"Use '{replacement}'", ct => DocumentEdits.ApplyAsync(document, change, ct), CertainFixAll.EquivalenceKey)
                        : CodeAction.Create($"Suggestion: use '{replacement}'", ct => DocumentEdits.ApplyAsync(document, change, ct), CertainFixAll.NoEquivalenceKey),
                    diagnostic);
            }
        }

        return Task.CompletedTask;
    }
}
