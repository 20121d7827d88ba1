using KpoSdk.Serialization;

namespace KpoSdk.Documents;

/// <summary>
/// A catalog, roster or agreement read from JSON when the kind is not known beforehand: the kind
/// is recognised from the document's top-level properties (an agreement has <c>client</c> and
/// <c>services</c>, a roster <c>staff</c>, a catalog <c>centers</c>), then the document is read as
/// <see cref="KpoJson"/> reads that kind.
/// </summary>
public sealed class KpoDocument
{
    private KpoDocument(KpoDocumentKind kind, Provider? catalog, Roster? roster, ServiceAgreement? agreement)
    {
        Kind = kind;
        Catalog = catalog;
        Roster = roster;
        Agreement = agreement;
    }

    /// <summary>Gets the kind of document.</summary>
    public KpoDocumentKind Kind { get; }

    /// <summary>Gets the provider of a catalog document; null for the other kinds.</summary>
    public Provider? Catalog { get; }

    /// <summary>Gets the roster of a roster document; null for the other kinds.</summary>
    public Roster? Roster { get; }

    /// <summary>Gets the agreement of an agreement document; null for the other kinds.</summary>
    public ServiceAgreement? Agreement { get; }

    /// <summary>
    /// Recognises the kind of a document from the names of its top-level properties, without
    /// reading the values; null when it is not a JSON object or has none of the telltale properties.
    /// </summary>
    /// <param name="utf8Json">The document, as UTF-8 bytes.</param>
    public static KpoDocumentKind? Recognize(ReadOnlySpan<byte> utf8Json) => TopLevelNames.Recognize(utf8Json);

    /// <summary>Recognises the kind of the document and reads it as that kind.</summary>
    /// <param name="utf8Json">The document, as UTF-8 bytes.</param>
    /// <param name="limits">The bounds to enforce; <see cref="JsonLimits.Default"/> when null.</param>
    /// <exception cref="JsonDocumentException">The document is not JSON, is over its limits, is of no kind, or cannot be read as its kind; the message names the path and the value.</exception>
    public static KpoDocument Read(ReadOnlySpan<byte> utf8Json, JsonLimits? limits = null)
    {
        limits ??= JsonLimits.Default;
        JsonScanner.Check(utf8Json, limits);
        return Recognize(utf8Json) switch
        {
            KpoDocumentKind.Catalog => new(KpoDocumentKind.Catalog, KpoJson.ReadProvider(utf8Json, limits), null, null),
            KpoDocumentKind.Roster => new(KpoDocumentKind.Roster, null, KpoJson.ReadRoster(utf8Json, limits), null),
            KpoDocumentKind.Agreement => new(KpoDocumentKind.Agreement, null, null, KpoJson.ReadAgreement(utf8Json, limits)),
            _ => throw new JsonDocumentException("$", $"The document is of no kind the SDK reads: {DocumentKinds.Expected}."),
        };
    }
}
