using System.Text.Json;

namespace KpoSdk.Documents;

/// <summary>Collects the names of a document's top-level properties in one pass that skips their values.</summary>
internal static class TopLevelNames
{
    public static KpoDocumentKind? Recognize(ReadOnlySpan<byte> json)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                names.Add(reader.GetString()!);
                reader.Read();
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Malformed JSON is of no kind; reading it reports where it breaks.
            return null;
        }

        return DocumentKinds.Recognize(names);
    }
}
