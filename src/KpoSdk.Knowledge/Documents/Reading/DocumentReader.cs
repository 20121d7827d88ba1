using System.Globalization;
using KpoSdk.Documents.Model;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>
/// Reads a catalog, roster or agreement document from its text, keeping the position of every
/// value, for the analyzers (which cannot load System.Text.Json or NodaTime): the same shape, the
/// same codes and the same limits as the runtime's reader (<c>KpoJson</c>), every problem at the
/// characters that cause it, and the facts the knowledge base's checks need when it reads. Never
/// throws for any text, and takes time linear in its length.
/// </summary>
internal static class DocumentReader
{
    public static DocumentReadResult Read(string text, DocumentLimits limits)
    {
        if (text.Length > limits.MaxCharacters)
        {
            return Unreadable(null, null, TooLarge(text.Length, limits));
        }

        var json = JsonReader.Read(text);
        if (json.Error is { } error)
        {
            return Unreadable(null, null, new DocumentProblem(DiagnosticIds.MalformedDocument, error.Position, error.Length, "$",
                $"Malformed JSON: expected {error.Expected}, found {error.Found}.{(error.Hint is null ? "" : " " + error.Hint)}"));
        }

        var root = json.Value;
        if (LimitScan.FirstExcess(root, limits) is { } excess)
        {
            return Unreadable(null, root, excess);
        }

        var kind = root.Kind == JsonKind.Object ? DocumentKinds.Recognize(new HashSet<string>(root.Properties.Select(p => p.NameText), StringComparer.Ordinal)) : null;
        if (kind is null)
        {
            return Unreadable(null, root, new DocumentProblem(DiagnosticIds.MalformedDocument, root.Start, 1, "$",
                $"The document is of no kind the SDK reads: {DocumentKinds.Expected}."));
        }

        var values = new Values(new ReadContext(root));
        ProviderFacts? catalog = null;
        RosterFacts? roster = null;
        AgreementFacts? agreement = null;
        switch (kind)
        {
            case KpoDocumentKind.Catalog:
                catalog = ProviderReader.Read(values, root);
                break;
            case KpoDocumentKind.Roster:
                roster = RosterReader.Read(values, root);
                break;
            default:
                agreement = AgreementReader.Read(values, root);
                break;
        }

        return new DocumentReadResult(kind, root, values.Context.Problems, catalog, roster, agreement);
    }

    /// <summary>The one problem of a document longer than <see cref="DocumentLimits.MaxCharacters"/>, which callers can report without building its text.</summary>
    public static DocumentProblem TooLarge(int length, DocumentLimits limits) =>
        new(DiagnosticIds.MalformedDocument, 0, 0, "$", string.Format(CultureInfo.InvariantCulture,
            "The document has {0:N0} characters, more than the {1:N0} the analyzers read (the default of the runtime's JsonLimits); it is not checked. Check it with kpo check and raised limits instead.", length, limits.MaxCharacters));

    private static DocumentReadResult Unreadable(KpoDocumentKind? kind, JsonValue? root, DocumentProblem problem) => new(kind, root, [problem]);
}
