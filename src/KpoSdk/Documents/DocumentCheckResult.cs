using System.Collections.Immutable;

namespace KpoSdk.Documents;

/// <summary>What <see cref="DocumentCheck.Check"/> found in one document.</summary>
/// <param name="Kind">The kind of document; null when it is of no kind.</param>
/// <param name="Findings">Every rule finding, in document order; empty when the document is clean or unreadable.</param>
/// <param name="ReadError">Why the document cannot be read (not JSON, over its limits, of no kind, a bad value); null when it was read.</param>
public sealed record DocumentCheckResult(KpoDocumentKind? Kind, ImmutableArray<DocumentFinding> Findings, DocumentFinding? ReadError)
{
    /// <summary>Gets whether the document was read (and so checked).</summary>
    public bool IsReadable => ReadError is null;
}
