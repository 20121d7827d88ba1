using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KpoSdk.Serialization;

/// <summary>
/// Reads and writes the SDK's JSON documents — catalogs (a <see cref="Provider"/> with its centres
/// and <see cref="ServiceCatalog"/>), rosters and agreements — losslessly, with source-generated
/// (AOT- and trim-safe) System.Text.Json metadata. The format is described in docs/json-format.md
/// and by the JSON Schemas of <see cref="KpoJsonSchemas"/>.
/// </summary>
/// <remarks>
/// <para>Reading is strict and every failure is a <see cref="JsonDocumentException"/> whose message
/// starts with the JSON path and quotes the bad value: malformed JSON, text that is not valid UTF-8
/// (a UTF-8 byte order mark at the start is allowed), a value of the wrong type, an
/// unknown code (with the closest valid one suggested), an unknown or missing property, null where
/// a value is required, a blank or duplicate name, a catalog offering that names no centre of its
/// provider, a credential without a kind, or a document over its <see cref="JsonLimits"/>. Whatever
/// reads can be written, and writing checks the same limits, so what is written reads back.</para>
/// <para>Reading never applies the SDK's rules: a document that breaks them is read, and
/// <see cref="ServiceAgreement.Validate(NodaTime.LocalDate)"/> reports what is wrong.</para>
/// </remarks>
public static class KpoJson
{
    private const string NotConverted = "The JSON value could not be converted to ";

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Writes a catalog document: the provider with its centres and catalog.</summary>
    /// <param name="provider">The document to write.</param>
    /// <param name="limits">The bounds the written document must keep so that it reads back with them; <see cref="JsonLimits.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    /// <exception cref="JsonDocumentException">The written document breaks <paramref name="limits"/> (it is too large, or a list or a string too long), so reading it back with them would fail; the message names the path and the limit.</exception>
    public static string Serialize(Provider provider, JsonLimits? limits = null) => Write(provider, KpoJsonContext.Default.Provider, limits);

    /// <summary>Writes a roster document.</summary>
    /// <param name="roster">The document to write.</param>
    /// <param name="limits">The bounds the written document must keep so that it reads back with them; <see cref="JsonLimits.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    /// <exception cref="JsonDocumentException">The written document breaks <paramref name="limits"/> (it is too large, or a list or a string too long), so reading it back with them would fail; the message names the path and the limit.</exception>
    public static string Serialize(Roster roster, JsonLimits? limits = null) => Write(roster, KpoJsonContext.Default.Roster, limits);

    /// <summary>Writes an agreement document, with its provider embedded.</summary>
    /// <param name="agreement">The document to write.</param>
    /// <param name="limits">The bounds the written document must keep so that it reads back with them; <see cref="JsonLimits.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="JsonDocumentException">The written document breaks <paramref name="limits"/> (it is too large, or a list or a string too long), so reading it back with them would fail; the message names the path and the limit.</exception>
    public static string Serialize(ServiceAgreement agreement, JsonLimits? limits = null) => Write(agreement, KpoJsonContext.Default.ServiceAgreement, limits);

    /// <summary>Reads a catalog document from text.</summary>
    /// <param name="json">The document.</param>
    /// <param name="limits">The bounds to enforce; <see cref="JsonLimits.Default"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonDocumentException">The document cannot be read; the message names the path and the value.</exception>
    public static Provider ReadProvider(string json, JsonLimits? limits = null) => ReadProvider(Utf8(json), limits);

    /// <summary>Reads a catalog document from UTF-8 bytes.</summary>
    /// <exception cref="JsonDocumentException">The document cannot be read; the message names the path and the value.</exception>
    public static Provider ReadProvider(ReadOnlySpan<byte> utf8Json, JsonLimits? limits = null)
    {
        var provider = Read(utf8Json, KpoJsonContext.Default.Provider, limits);
        DocumentChecks.Check(provider, "$");
        return provider;
    }

    /// <summary>Reads a roster document from text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonDocumentException">The document cannot be read; the message names the path and the value.</exception>
    public static Roster ReadRoster(string json, JsonLimits? limits = null) => ReadRoster(Utf8(json), limits);

    /// <summary>Reads a roster document from UTF-8 bytes.</summary>
    /// <exception cref="JsonDocumentException">The document cannot be read; the message names the path and the value.</exception>
    public static Roster ReadRoster(ReadOnlySpan<byte> utf8Json, JsonLimits? limits = null)
    {
        var roster = Read(utf8Json, KpoJsonContext.Default.Roster, limits);
        DocumentChecks.Check(roster, "$");
        return roster;
    }

    /// <summary>Reads an agreement document from text.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="JsonDocumentException">The document cannot be read; the message names the path and the value.</exception>
    public static ServiceAgreement ReadAgreement(string json, JsonLimits? limits = null) => ReadAgreement(Utf8(json), limits);

    /// <summary>Reads an agreement document from UTF-8 bytes.</summary>
    /// <exception cref="JsonDocumentException">The document cannot be read; the message names the path and the value.</exception>
    public static ServiceAgreement ReadAgreement(ReadOnlySpan<byte> utf8Json, JsonLimits? limits = null)
    {
        var agreement = Read(utf8Json, KpoJsonContext.Default.ServiceAgreement, limits);
        DocumentChecks.Check(agreement, "$");
        return agreement;
    }

    private static byte[] Utf8(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Encoding.UTF8.GetBytes(json);
    }

    private static string Write<T>(T value, JsonTypeInfo<T> typeInfo, JsonLimits? limits)
    {
        ArgumentNullException.ThrowIfNull(value);
        byte[] json = JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

        // What is written must read back: the same scan that guards reading checks the output, so
        // that writing and reading agree on every limit (indentation and escaping can make the
        // written text larger than the text that was read).
        try
        {
            JsonScanner.Check(json, limits ?? JsonLimits.Default);
        }
        catch (JsonDocumentException ex)
        {
            throw new JsonDocumentException(ex.Path ?? "$", $"The document cannot be written within its limits, so it would not read back: {ex.Problem}", ex.Value, null, null, ex);
        }

        return Encoding.UTF8.GetString(json);
    }

    private static T Read<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, JsonLimits? limits)
        where T : class
    {
        // A UTF-8 byte order mark is allowed, as HolidayCalendar.FromICalendar allows it.
        if (json.StartsWith(Utf8Bom))
        {
            json = json[Utf8Bom.Length..];
        }

        JsonScanner.Check(json, limits ?? JsonLimits.Default);
        T? value;
        try
        {
            value = JsonSerializer.Deserialize(json, typeInfo);
        }
        catch (JsonException ex)
        {
            string? found = JsonValueLookup.Find(json, ex.Path);
            string problem = JsonPathBuilder.WithoutPosition(ex.Message);
            bool notConverted = problem.StartsWith(NotConverted, StringComparison.Ordinal);
            if (notConverted && JsonExpectedType.At(typeInfo, ex.Path) is { } expected)
            {
                // For a constructor parameter the serializer names the declaring type
                // ("could not be converted to KpoSdk.ServiceAgreement" for "id": 1).
                problem = $"Expected {JsonExpectedType.Describe(expected)} here.";
            }
            if (found is not null && !JsonValueLookup.IsQuotedIn(found, problem) && (found[0] is not ('{' or '[') || notConverted))
            {
                problem += $" Found {found}.";
            }

            throw new JsonDocumentException(ex.Path ?? "$", problem, found, ex.LineNumber, ex.BytePositionInLine, ex);
        }
        catch (ArgumentException ex)
        {
            // The constructors' own checks; the scanner and the converters leave little for them.
            throw new JsonDocumentException("$", ex.Message, null, null, null, ex);
        }

        return value ?? throw new JsonDocumentException("$", $"The document is null; expected a {typeof(T).Name} object.", "null");
    }
}
