namespace KpoSdk.Serialization;

/// <summary>
/// Bounds on a JSON document that <see cref="KpoJson"/> checks before it builds anything, so that
/// an oversized or hostile document fails fast with the JSON path of the first excess. Writing
/// checks the same bounds on what it writes, so a document written with a set of limits reads back
/// with them.
/// </summary>
/// <remarks>
/// Every bound must be at least 1; <see cref="int.MaxValue"/> means "no practical limit". Reading
/// and validating cost time and memory linear in the document's size (benchmarks/README.md has the
/// numbers for a 10,000-service agreement).
/// </remarks>
public sealed record JsonLimits
{
    private readonly int _maxDocumentBytes = 16 * 1024 * 1024;
    private readonly int _maxDepth = 16;
    private readonly int _maxStringLength = 4096;
    private readonly int _maxArrayLength = 10_000;

    /// <summary>Gets the defaults: 16 MiB, depth 16, strings of 4096 characters, lists of 10000 items.</summary>
    public static JsonLimits Default { get; } = new();

    /// <summary>Gets the largest document, in UTF-8 bytes (16 MiB by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxDocumentBytes { get => _maxDocumentBytes; init => _maxDocumentBytes = Positive(value); }

    /// <summary>
    /// Gets the deepest nesting of objects and arrays (16 by default; the documents themselves
    /// need at most 9: an agreement's provider's catalog's offering's language designation's list).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxDepth { get => _maxDepth; init => _maxDepth = Positive(value); }

    /// <summary>Gets the longest string value or property name, in UTF-16 characters (4096 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxStringLength { get => _maxStringLength; init => _maxStringLength = Positive(value); }

    /// <summary>Gets the most items of any one array (10000 by default): staff in a roster, services, holidays, ….</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value set is less than 1.</exception>
    public int MaxArrayLength { get => _maxArrayLength; init => _maxArrayLength = Positive(value); }

    private static int Positive(int value, [System.Runtime.CompilerServices.CallerMemberName] string name = "") =>
        value >= 1 ? value : throw new ArgumentOutOfRangeException(name, value, $"{nameof(JsonLimits)}.{name} must be at least 1; use int.MaxValue for no practical limit.");
}
