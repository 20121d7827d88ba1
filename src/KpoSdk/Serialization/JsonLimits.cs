namespace KpoSdk.Serialization;

/// <summary>
/// Bounds on a JSON document that <see cref="KpoJson"/> checks before it builds anything, so that
/// an oversized or hostile document fails fast with the JSON path of the first excess.
/// </summary>
public sealed record JsonLimits
{
    /// <summary>Gets the defaults: 16 MiB, depth 16, strings of 4096 characters, lists of 10000 items.</summary>
    public static JsonLimits Default { get; } = new();

    /// <summary>Gets the largest document, in UTF-8 bytes (16 MiB by default).</summary>
    public int MaxDocumentBytes { get; init; } = 16 * 1024 * 1024;

    /// <summary>
    /// Gets the deepest nesting of objects and arrays (16 by default; the documents themselves
    /// need at most 9: an agreement's provider's catalog's offering's language designation's list).
    /// </summary>
    public int MaxDepth { get; init; } = 16;

    /// <summary>Gets the longest string value or property name, in UTF-16 characters (4096 by default).</summary>
    public int MaxStringLength { get; init; } = 4096;

    /// <summary>Gets the most items of any one array (10000 by default): staff in a roster, services, holidays, ….</summary>
    public int MaxArrayLength { get; init; } = 10_000;
}
