using System.Text.Json;
using System.Text.Json.Serialization;

namespace KpoSdk.Serialization;

/// <summary>
/// A value written as its invariant text form (<c>"US-NY"</c>, <c>"en:C1"</c>,
/// <c>"Mon-Fri 09:00-17:00"</c>). Reading accepts only a JSON string; a parse failure becomes a
/// <see cref="JsonException"/> whose message is the parser's, which quotes the input and suggests
/// a close valid value, and whose path the serializer fills in.
/// </summary>
internal abstract class TextConverter<T> : JsonConverter<T>
{
    /// <summary>What a valid value looks like, for messages: "a jurisdiction code such as 'US-NY'".</summary>
    protected abstract string Expected { get; }

    public override bool HandleNull => false;

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonToken.WrongKind(ref reader, Expected + " as a string");
        }

        string text = reader.GetString()!;
        try
        {
            return Parse(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException)
        {
            throw new JsonException($"{JsonToken.Quote(text)} is not {Expected}: {ex.Message}", ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => writer.WriteStringValue(Format(value));

    protected abstract T Parse(string text);

    protected abstract string Format(T value);
}
