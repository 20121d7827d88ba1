using System.Text.Json;
using System.Text.Json.Serialization;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Serialization;

/// <summary>
/// An enum as the name of a defined value (<c>"TaxPreparation"</c>), read in any case. Numbers,
/// flag combinations and unknown names are errors, with the closest name suggested.
/// </summary>
internal sealed class EnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly string[] s_names = Enum.GetNames<TEnum>();
    private static readonly TEnum[] s_values = Enum.GetValues<TEnum>();

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw JsonToken.WrongKind(ref reader, $"a {typeof(TEnum).Name} name as a string, such as '{s_names[0]}'");
        }

        string text = reader.GetString()!;
        for (int i = 0; i < s_names.Length; i++)
        {
            if (string.Equals(s_names[i], text, StringComparison.OrdinalIgnoreCase))
            {
                return s_values[i];
            }
        }

        var closest = s_names.OrderBy(n => EditDistance.Between(n, text)).ThenBy(n => n, StringComparer.Ordinal).First();
        string hint = EditDistance.Between(closest, text) <= Math.Max(2, text.Length / 3) ? $" Did you mean '{closest}'?" : "";
        throw new JsonException($"{JsonToken.Quote(text)} is not a {typeof(TEnum).Name}.{hint} Expected one of: {string.Join(", ", s_names)}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        int index = Array.IndexOf(s_values, value);
        if (index < 0)
        {
            throw new JsonException($"{value} is not a defined {typeof(TEnum).Name} value and has no text form.");
        }

        writer.WriteStringValue(s_names[index]);
    }
}
