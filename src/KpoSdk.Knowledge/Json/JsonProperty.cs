namespace KpoSdk.Knowledge.Json;

/// <summary>One name and value of a JSON object; <see cref="Name"/> keeps the span of the name for messages.</summary>
internal sealed class JsonProperty
{
    public JsonProperty(JsonValue name, JsonValue value)
    {
        Name = name;
        Value = value;
    }

    /// <summary>The name, as a <see cref="JsonKind.String"/> value.</summary>
    public JsonValue Name { get; }

    public JsonValue Value { get; }

    public string NameText => Name.Text!;
}
