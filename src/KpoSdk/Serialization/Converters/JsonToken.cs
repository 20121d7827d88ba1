using System.Buffers;
using System.Text;
using System.Text.Json;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Serialization;

/// <summary>How error messages quote the token a converter was given.</summary>
internal static class JsonToken
{
    /// <summary>The current token for a message: a string in quotes, a number or literal as written, or "an object"/"an array".</summary>
    public static string Describe(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => Quote(reader.GetString() ?? ""),
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.Null => "null",
        _ => Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray()),
    };

    /// <summary>A string in single quotes, its first <see cref="InputText.MaxQuotedText"/> characters when longer (the shared quoting of every message).</summary>
    public static string Quote(string text) => InputText.Quote(text, InputText.MaxQuotedText);

    /// <summary>A <see cref="JsonException"/> for a token of the wrong kind; the serializer adds the path.</summary>
    public static JsonException WrongKind(ref Utf8JsonReader reader, string expected) =>
        new($"Expected {expected}; got {Describe(ref reader)}.");
}
