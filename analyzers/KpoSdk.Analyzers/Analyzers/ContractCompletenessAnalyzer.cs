using System.Collections.Immutable;
using KpoSdk.Analyzers.Checks;
using KpoSdk.Analyzers.Diagnostics;
using KpoSdk.Analyzers.Reading;
using KpoSdk.Analyzers.Symbols;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KpoSdk.Analyzers.Analyzers;

/// <summary>
/// KPO9005 (a contract without <c>[CoverageWindow]</c>, reported on its <c>[ServiceLevelContract]</c>)
/// and KPO9006 (an enum argument of a contract attribute that names no member, reported on the
/// argument): declarations that compile but from which the generator cannot build a contract.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ContractCompletenessAnalyzer : DiagnosticAnalyzer
{
    private const string CoverageExample = "add the client's business hours in the client's time zone, e.g. [CoverageWindow(\"America/New_York\", \"Mon-Fri 09:00-17:00\")]";

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ContractIncomplete, DiagnosticDescriptors.UndefinedContractValue);

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (SdkSymbols.Create(start.Compilation) is { ServiceLevelContract: not null } sdk)
            {
                start.RegisterSymbolAction(symbol => Analyze(symbol, sdk), SymbolKind.NamedType);
            }
        });
    }

    private static void Analyze(SymbolAnalysisContext context, SdkSymbols sdk)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (ContractAttributes.Read(type, sdk) is not { Contract: { } contract } attributes)
        {
            return;
        }

        var ct = context.CancellationToken;
        Report report = context.ReportDiagnostic;
        if (attributes.CoverageWindow is null && contract.ApplicationSyntaxReference?.GetSyntax(ct) is { } syntax)
        {
            report(Diagnostic.Create(DiagnosticDescriptors.ContractIncomplete, syntax.GetLocation(), type.Name, "[CoverageWindow]", CoverageExample));
        }

        UndefinedEnumValues.Service(contract, type.Name, ct, report);
        if (attributes.ResponseTime is { } response)
        {
            UndefinedEnumValues.Clock(response, "the response time", type.Name, ct, report);
        }

        if (attributes.ResolutionTime is { } resolution)
        {
            UndefinedEnumValues.Clock(resolution, "the resolution time", type.Name, ct, report);
        }

        foreach (var credential in attributes.Credentials)
        {
            UndefinedEnumValues.Credential(credential, type.Name, ct, report);
        }

        foreach (var language in attributes.Languages)
        {
            UndefinedEnumValues.LanguageLevel(language, type.Name, ct, report);
        }
    }
}
