namespace KpoSdk.Documents.Reading;

/// <summary>
/// Bounds on a JSON document the analyzers read inside the compiler, so that a large or hostile
/// file costs bounded time and memory and is reported once. The defaults are those of the
/// runtime's <c>JsonLimits</c> (a test keeps them equal), counted in characters rather than bytes.
/// </summary>
internal sealed class DocumentLimits
{
    public DocumentLimits(int maxCharacters = 16 * 1024 * 1024, int maxDepth = 16, int maxStringLength = 4096, int maxArrayLength = 10_000)
    {
        MaxCharacters = maxCharacters;
        MaxDepth = maxDepth;
        MaxStringLength = maxStringLength;
        MaxArrayLength = maxArrayLength;
    }

    public static DocumentLimits Default { get; } = new();

    /// <summary>The longest document, in UTF-16 characters.</summary>
    public int MaxCharacters { get; }

    /// <summary>The deepest nesting of objects and arrays (the root is at depth 0).</summary>
    public int MaxDepth { get; }

    /// <summary>The longest string value or property name, in characters.</summary>
    public int MaxStringLength { get; }

    /// <summary>The most items of one list.</summary>
    public int MaxArrayLength { get; }
}
