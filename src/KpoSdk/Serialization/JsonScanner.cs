using System.Text.Json;
using System.Text.Unicode;

namespace KpoSdk.Serialization;

/// <summary>
/// One forward pass over the UTF-8 bytes before deserialization: checks the JSON syntax and the
/// <see cref="JsonLimits"/>, and rejects <c>null</c> list items (no document has a list that may
/// hold null), reporting the JSON path of the first problem.
/// </summary>
internal static class JsonScanner
{
    public static void Check(ReadOnlySpan<byte> json, JsonLimits limits)
    {
        if (json.Length > limits.MaxDocumentBytes)
        {
            throw new JsonDocumentException("$", $"The document is {json.Length} bytes; the limit is {limits.MaxDocumentBytes} bytes ({nameof(JsonLimits)}.{nameof(JsonLimits.MaxDocumentBytes)}).");
        }

        // One more than the limit, so that the limit itself is reported with its path below; a
        // limit of int.MaxValue must not wrap round to a negative depth.
        int readerDepth = limits.MaxDepth == int.MaxValue ? int.MaxValue : limits.MaxDepth + 1;
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = readerDepth, CommentHandling = JsonCommentHandling.Disallow });
        var path = new JsonPathBuilder();
        try
        {
            while (reader.Read())
            {
                Visit(ref reader, json, limits, path);
            }
        }
        catch (JsonException ex) when (ex is not JsonDocumentException)
        {
            throw new JsonDocumentException(path.ToString(), "Malformed JSON: " + JsonPathBuilder.WithoutPosition(ex.Message), null, ex.LineNumber, ex.BytePositionInLine, ex);
        }
    }

    private static void Visit(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonLimits limits, JsonPathBuilder path)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.PropertyName:
                string name = Text(ref reader, json, path, "A property name");
                if (!path.Property(name))
                {
                    // System.Text.Json would keep the last value silently, and a lookup of the
                    // value for a later error message would throw on the duplicate key.
                    Fail(ref reader, json, path, $"The property {JsonToken.Quote(name)} appears twice in one object; each property may be given once.", null);
                }

                if (name.Length > limits.MaxStringLength)
                {
                    Fail(ref reader, json, path, $"A property name of {name.Length} characters exceeds the limit of {limits.MaxStringLength} ({nameof(JsonLimits)}.{nameof(JsonLimits.MaxStringLength)}).", JsonToken.Quote(name));
                }

                return;
            case JsonTokenType.EndObject or JsonTokenType.EndArray:
                path.Pop();
                return;
        }

        if (path.NextItem() is int index && index >= limits.MaxArrayLength)
        {
            Fail(ref reader, json, path, $"The list has more than {limits.MaxArrayLength} items ({nameof(JsonLimits)}.{nameof(JsonLimits.MaxArrayLength)}).", null);
        }

        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject or JsonTokenType.StartArray:
                if (reader.CurrentDepth >= limits.MaxDepth)
                {
                    Fail(ref reader, json, path, $"Nesting deeper than {limits.MaxDepth} levels ({nameof(JsonLimits)}.{nameof(JsonLimits.MaxDepth)}).", null);
                }

                path.Push(reader.TokenType == JsonTokenType.StartArray);
                break;
            case JsonTokenType.String:
                if (reader.ValueIsEscaped || reader.ValueSpan.Length > limits.MaxStringLength)
                {
                    string text = Text(ref reader, json, path, "A string");
                    if (text.Length > limits.MaxStringLength)
                    {
                        Fail(ref reader, json, path, $"A string of {text.Length} characters exceeds the limit of {limits.MaxStringLength} ({nameof(JsonLimits)}.{nameof(JsonLimits.MaxStringLength)}).", JsonToken.Quote(text));
                    }
                }
                else if (!Utf8.IsValid(reader.ValueSpan))
                {
                    Fail(ref reader, json, path, InvalidText("A string"), null);
                }

                break;
            case JsonTokenType.Null when path.InArray:
                Fail(ref reader, json, path, "A list item is null; lists hold values, never null.", "null");
                break;
        }
    }

    /// <summary>
    /// The token's text. Utf8JsonReader checks the structure but not the text of strings: invalid
    /// UTF-8 and escapes of lone surrogates (<c>"\uD800"</c>) surface only when a string is read,
    /// as an <see cref="InvalidOperationException"/>, which becomes a document error here.
    /// </summary>
    private static string Text(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonPathBuilder path, string what)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Fail(ref reader, json, path, InvalidText(what), null);
            throw;
        }
    }

    private static string InvalidText(string what) =>
        $"{what} is not valid Unicode text: it holds bytes that are not UTF-8, or an escape of half a surrogate pair such as \\uD800. Save the document as UTF-8.";

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private static void Fail(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonPathBuilder path, string problem, string? value)
    {
        var before = json[..(int)reader.TokenStartIndex];
        int line = before.Count((byte)'\n');
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        throw new JsonDocumentException(path.ToString(), problem + (value is null ? "" : $" Found {value}."), value, line, before.Length - lineStart);
    }
}
