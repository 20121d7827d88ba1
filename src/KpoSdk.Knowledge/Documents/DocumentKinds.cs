namespace KpoSdk.Documents;

/// <summary>
/// Tells a catalog, a roster and an agreement apart by the names of their top-level properties,
/// which every reader of the documents has before it reads the values: the command line's
/// streaming reader and the analyzers' position-keeping one give the same answer.
/// </summary>
internal static class DocumentKinds
{
    /// <summary>
    /// The kind whose required top-level properties are all present: an agreement has
    /// <c>client</c> and <c>services</c>, a roster <c>staff</c>, a catalog <c>centers</c>; null
    /// when none fits. An agreement is tested first, since it embeds a catalog.
    /// </summary>
    public static KpoDocumentKind? Recognize(ICollection<string> topLevelNames)
    {
        if (topLevelNames.Contains("client") && topLevelNames.Contains("services"))
        {
            return KpoDocumentKind.Agreement;
        }

        if (topLevelNames.Contains("staff"))
        {
            return KpoDocumentKind.Roster;
        }

        return topLevelNames.Contains("centers") ? KpoDocumentKind.Catalog : null;
    }

    /// <summary>Why a document is of no kind, for messages.</summary>
    public const string Expected =
        "expected a catalog (an object with 'centers'), a roster (with 'staff') or an agreement (with 'client' and 'services'), as described in docs/json-format.md";
}
