using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Serialization;

/// <summary>
/// JSON Schemas (draft 2020-12) of the three documents, generated from the types with
/// System.Text.Json's <see cref="JsonSchemaExporter"/>. Values with a text form (codes, hours,
/// dates) are described as strings with a pattern or a list of names. The checked-in copies are in
/// docs/schemas/.
/// </summary>
/// <remarks>
/// A schema checks the shape of a document; <see cref="KpoJson"/> checks more (codes exist, names
/// are unique, limits) and <see cref="ServiceAgreement.Validate(LocalDate)"/> checks the rules.
/// </remarks>
public static class KpoJsonSchemas
{
    /// <summary>Gets the schema of a catalog document (a <see cref="Provider"/>), as indented JSON.</summary>
    public static string Catalog => Export(KpoJsonContext.Default.Provider, "KpoSdk catalog: a provider with its delivery centres and service catalog");

    /// <summary>Gets the schema of a roster document (a <see cref="Roster"/>), as indented JSON.</summary>
    public static string Roster => Export(KpoJsonContext.Default.Roster, "KpoSdk roster: a provider's staff");

    /// <summary>Gets the schema of an agreement document (a <see cref="ServiceAgreement"/>), as indented JSON.</summary>
    public static string Agreement => Export(KpoJsonContext.Default.ServiceAgreement, "KpoSdk agreement: a service agreement with its provider embedded");

    private static string Export(JsonTypeInfo typeInfo, string title)
    {
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = typeInfo.GetJsonSchemaAsNode(options).AsObject();
        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = title,
        };
        foreach (var (key, value) in schema.ToArray())
        {
            schema.Remove(key);
            document[key] = value;
        }

        return document.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        // A list of text values comes out without "items" (the element's converter is opaque to the exporter).
        if (context.TypeInfo.Kind == JsonTypeInfoKind.Enumerable && context.TypeInfo.ElementType is { } element
            && TextSchema(element) is { } items && schema is JsonObject list && !list.ContainsKey("items"))
        {
            list["items"] = items;
            return list;
        }

        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        bool nullable = type != context.TypeInfo.Type;
        var text = TextSchema(type);
        if (text is null)
        {
            return schema;
        }

        if (nullable)
        {
            text["type"] = new JsonArray("string", "null");
        }

        return text;
    }

    private static JsonObject? TextSchema(Type type)
    {
        if (type.IsEnum)
        {
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. Enum.GetNames(type).Select(n => JsonValue.Create(n))]) };
        }

        return type switch
        {
            _ when type == typeof(Country) => Pattern("^([A-Za-z]{2,3}|[0-9]{3})$", "An ISO 3166-1 country code: alpha-2 (written), alpha-3 or numeric, e.g. \"DE\"."),
            _ when type == typeof(Jurisdiction) => Pattern("^([A-Za-z]{2,3}|[0-9]{3})(-[A-Za-z0-9]{1,3})?$", "An ISO 3166-1 country code or an ISO 3166-2 subdivision code, e.g. \"US-NY\" or \"IN\"."),
            _ when type == typeof(LanguageRequirement) || type == typeof(LanguageSkill) => Pattern("^[A-Za-z]{2,3}:[A-Ca-c][1-2]$", "An ISO 639 language code, a colon and a CEFR level A1-C2, e.g. \"de:C1\"."),
            _ when type == typeof(WeeklyHours) => Described("Weekly hours, e.g. \"Mon-Fri 09:00-17:00\", \"Mon,Wed 22:00-06:00\", \"24x7\" (docs/json-format.md)."),
            _ when type == typeof(DateTimeZone) => Pattern("^[A-Za-z0-9_+\\-/]+$", "An IANA time-zone ID, e.g. \"Europe/Berlin\"."),
            _ when type == typeof(LocalDate) => new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "An ISO 8601 date, e.g. \"2026-01-31\"." },
            _ when type == typeof(DateInterval) => Pattern("^-?[0-9]{4,}-[0-9]{2}-[0-9]{2}/-?[0-9]{4,}-[0-9]{2}-[0-9]{2}$", "An ISO 8601 interval of dates, both included, e.g. \"2026-01-01/2026-12-31\"."),
            _ => null,
        };
    }

    private static JsonObject Pattern(string pattern, string description) =>
        new() { ["type"] = "string", ["pattern"] = pattern, ["description"] = description };

    private static JsonObject Described(string description) => new() { ["type"] = "string", ["description"] = description };
}
