using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KpoSdk.Analyzers.Documents;

/// <summary>One diagnostic of a document before it has a file path: the descriptor, the severity, the characters and the message arguments.</summary>
internal sealed class LocatedFinding
{
    public LocatedFinding(DiagnosticDescriptor descriptor, DiagnosticSeverity severity, TextSpan span, object[] arguments)
    {
        Descriptor = descriptor;
        Severity = severity;
        Span = span;
        Arguments = arguments;
    }

    public DiagnosticDescriptor Descriptor { get; }

    public DiagnosticSeverity Severity { get; }

    public TextSpan Span { get; }

    public object[] Arguments { get; }

    public Diagnostic ToDiagnostic(string path, SourceText text) =>
        Diagnostic.Create(Descriptor, Location.Create(path, Span, text.Lines.GetLinePositionSpan(Span)), Severity, additionalLocations: null, properties: null, Arguments);
}
