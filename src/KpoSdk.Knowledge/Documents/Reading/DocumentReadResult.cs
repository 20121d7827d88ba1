using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>What <see cref="DocumentReader"/> read: the kind, the facts the checks need, the tree with its positions, or the problems.</summary>
internal sealed class DocumentReadResult
{
    public DocumentReadResult(KpoDocumentKind? kind, JsonValue? root, IReadOnlyList<DocumentProblem> problems, ProviderFacts? catalog = null, RosterFacts? roster = null, AgreementFacts? agreement = null)
    {
        Kind = kind;
        Root = root;
        Problems = problems;
        bool readable = problems.Count == 0;
        Catalog = readable ? catalog : null;
        Roster = readable ? roster : null;
        Agreement = readable ? agreement : null;
    }

    /// <summary>The kind, when the document is a JSON object with the telltale properties of one.</summary>
    public KpoDocumentKind? Kind { get; }

    /// <summary>The document's tree, with the position of every value; null when it is not JSON or is over its limits.</summary>
    public JsonValue? Root { get; }

    /// <summary>Every reason the document does not read; empty when it reads.</summary>
    public IReadOnlyList<DocumentProblem> Problems { get; }

    /// <summary>Whether the document reads (and so is checked), as the runtime's reader would read it.</summary>
    public bool IsReadable => Problems.Count == 0;

    public ProviderFacts? Catalog { get; }

    public RosterFacts? Roster { get; }

    public AgreementFacts? Agreement { get; }
}
