using System.Collections.Immutable;
using KpoSdk.Roslyn.Checks;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Checks;

/// <summary>Routes the shared reader's diagnostics to the analyzer that declares them, so each is reported once.</summary>
internal static class Reports
{
    /// <summary>A report that passes on only the diagnostics of <paramref name="supported"/>.</summary>
    public static Report Only(ImmutableArray<DiagnosticDescriptor> supported, Report report) => diagnostic =>
    {
        if (supported.Contains(diagnostic.Descriptor))
        {
            report(diagnostic);
        }
    };
}
