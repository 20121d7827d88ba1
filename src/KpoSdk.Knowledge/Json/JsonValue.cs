namespace KpoSdk.Knowledge.Json;

/// <summary>
/// One JSON value with the span of its text in the document, so that a reader of configuration
/// can point an error at the exact property or element. Immutable once read.
/// </summary>
internal sealed class JsonValue
{
    private static readonly IReadOnlyList<JsonValue> s_noItems = [];
    private static readonly IReadOnlyList<JsonProperty> s_noProperties = [];

    private JsonValue(JsonKind kind, int start, int length, string? text, IReadOnlyList<JsonValue>? items, IReadOnlyList<JsonProperty>? properties)
    {
        Kind = kind;
        Start = start;
        Length = length;
        Text = text;
        Items = items ?? s_noItems;
        Properties = properties ?? s_noProperties;
    }

    public JsonKind Kind { get; }

    /// <summary>0-based offset of the value's first character in the document.</summary>
    public int Start { get; }

    /// <summary>The number of characters the value spans.</summary>
    public int Length { get; }

    /// <summary>The decoded string of a <see cref="JsonKind.String"/>, or the literal text of a <see cref="JsonKind.Number"/>; otherwise null.</summary>
    public string? Text { get; }

    /// <summary>The elements of an array; empty for other kinds.</summary>
    public IReadOnlyList<JsonValue> Items { get; }

    /// <summary>The properties of an object in document order (a name may repeat; readers decide); empty for other kinds.</summary>
    public IReadOnlyList<JsonProperty> Properties { get; }

    public static JsonValue Scalar(JsonKind kind, int start, int length, string? text = null) => new(kind, start, length, text, null, null);

    public static JsonValue Array(int start, int length, IReadOnlyList<JsonValue> items) => new(JsonKind.Array, start, length, null, items, null);

    public static JsonValue Object(int start, int length, IReadOnlyList<JsonProperty> properties) => new(JsonKind.Object, start, length, null, null, properties);

    /// <summary>How the kind is named in messages: "an object", "a string", "null" ...</summary>
    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => "null",
    };
}
