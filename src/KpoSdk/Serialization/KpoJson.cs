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
/// starts with the JSON path and quotes the bad value: malformed JSON, a value of the wrong type, an
/// unknown code (with the closest valid one suggested), an unknown or missing property, null where
/// a value is required, a blank or duplicate name, a catalog offering that names no centre of its
/// provider, or a document over its <see cref="JsonLimits"/>.</para>
/// <para>Reading never applies the SDK's rules: a document that breaks them is read, and
/// <see cref="ServiceAgreement.Validate(NodaTime.LocalDate)"/> reports what is wrong.</para>
/// </remarks>
public static class KpoJson
{
    /// <summary>Writes a catalog document: the provider with its centres and catalog.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> is null.</exception>
    public static string Serialize(Provider provider) => Write(provider, KpoJsonContext.Default.Provider);

    /// <summary>Writes a roster document.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="roster"/> is null.</exception>
    public static string Serialize(Roster roster) => Write(roster, KpoJsonContext.Default.Roster);

    /// <summary>Writes an agreement document, with its provider embedded.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    public static string Serialize(ServiceAgreement agreement) => Write(agreement, KpoJsonContext.Default.ServiceAgreement);

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

    private static string Write<T>(T value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, typeInfo);
    }

    private static T Read<T>(ReadOnlySpan<byte> json, JsonTypeInfo<T> typeInfo, JsonLimits? limits)
        where T : class
    {
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
            if (found is not null && !JsonValueLookup.IsQuotedIn(found, problem) && (found[0] is not ('{' or '[') || problem.Contains("could not be converted", StringComparison.Ordinal)))
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
