namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The outcome of parsing a text form without throwing: either a value or the first error.
/// </summary>
internal readonly struct ParseResult<T>
{
    private ParseResult(T value, TextParseError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The parsed value; default when <see cref="Error"/> is set.</summary>
    public T Value { get; }

    /// <summary>The first error; null on success.</summary>
    public TextParseError? Error { get; }

    public bool Succeeded => Error is null;

    public static ParseResult<T> Success(T value) => new(value, null);

    public static ParseResult<T> Failure(TextParseError error) => new(default!, error);

    /// <summary>The value, or a <see cref="FormatException"/> carrying the error's message.</summary>
    public T GetValueOrThrow() => Error is null ? Value : throw new FormatException(Error.Message);
}
