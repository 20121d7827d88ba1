using System.Text.Json;

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

        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = Math.Max(limits.MaxDepth + 1, 1), CommentHandling = JsonCommentHandling.Disallow });
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
                string name = reader.GetString()!;
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
                int length = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
                if (length > limits.MaxStringLength && reader.GetString()!.Length > limits.MaxStringLength)
                {
                    Fail(ref reader, json, path, $"A string of {reader.GetString()!.Length} characters exceeds the limit of {limits.MaxStringLength} ({nameof(JsonLimits)}.{nameof(JsonLimits.MaxStringLength)}).", JsonToken.Quote(reader.GetString()!));
                }

                break;
            case JsonTokenType.Null when path.InArray:
                Fail(ref reader, json, path, "A list item is null; lists hold values, never null.", "null");
                break;
        }
    }

    private static void Fail(ref Utf8JsonReader reader, ReadOnlySpan<byte> json, JsonPathBuilder path, string problem, string? value)
    {
        var before = json[..(int)reader.TokenStartIndex];
        int line = before.Count((byte)'\n');
        int lineStart = before.LastIndexOf((byte)'\n') + 1;
        throw new JsonDocumentException(path.ToString(), problem + (value is null ? "" : $" Found {value}."), value, line, before.Length - lineStart);
    }
}
