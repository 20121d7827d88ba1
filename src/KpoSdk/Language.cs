using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk;

/// <summary>
/// A human language identified by its ISO 639-1 code (<c>"en"</c>), or by its ISO 639-3 code
/// where it has no 639-1 code (<c>"yue"</c> for Cantonese). <see cref="Parse(string)"/> also
/// accepts the 639-3 and 639-2/B forms of languages that have a 639-1 code (<c>"eng"</c>,
/// <c>"ger"</c>) and normalises them.
/// </summary>
/// <remarks><c>default(Language)</c> names no language: its members throw <see cref="InvalidOperationException"/>.</remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct Language : IEquatable<Language>, IComparable<Language>, ISpanParsable<Language>
{
    // Row in the generated language table plus one, so that default(Language) is distinguishable.
    private readonly ushort _value;

    private Language(int row) => _value = checked((ushort)(row + 1));

    /// <summary>Gets whether this is <c>default(Language)</c>, which names no language.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Gets the canonical code: ISO 639-1 where one exists, else ISO 639-3.</summary>
    public string Code => Languages.Code(Row);

    /// <summary>Gets the ISO 639-3 code, e.g. <c>"eng"</c>.</summary>
    public string Alpha3 => Languages.Alpha3(Row);

    /// <summary>Gets the English reference name from ISO 639-3, e.g. <c>"English"</c>.</summary>
    public string Name => Languages.Name(Row);

    /// <summary>Gets English (<c>en</c>).</summary>
    public static Language English => Parse("en");

    internal int Row => _value != 0
        ? _value - 1
        : throw new InvalidOperationException("This Language is default(Language), which names no language. Use Language.Parse.");

    internal static Language FromRow(int row) => new(row);

    /// <summary>Parses an ISO 639-1, 639-3 or 639-2/B code in any case, without white space.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not a known code; the message quotes it and suggests a close code where there is one.</exception>
    public static Language Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses an ISO 639 code from a span, without allocating on success.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not a known code.</exception>
    public static Language Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var language) ? language : throw new FormatException(Languages.DescribeUnknown(text.ToString()));

    /// <summary>Tries to parse an ISO 639 code; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Language language)
    {
        language = default;
        return text is not null && TryParse(text.AsSpan(), out language);
    }

    /// <summary>Tries to parse an ISO 639 code from a span; never throws and never allocates.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Language language)
    {
        int row = text.Length switch
        {
            2 => Languages.Find(text[0], text[1], '\0', 2),
            3 => Languages.Find(text[0], text[1], text[2], 3),
            _ => -1,
        };
        language = row >= 0 ? new Language(row) : default;
        return row >= 0;
    }

    /// <summary>Returns <see cref="Code"/>, the form <see cref="Parse(string)"/> reads back; <c>"(default)"</c> for <c>default(Language)</c>.</summary>
    public override string ToString() => IsDefault ? "(default)" : Code;

    /// <inheritdoc/>
    public bool Equals(Language other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Language other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <summary>Compares by the order of the language table (canonical code order).</summary>
    public int CompareTo(Language other) => _value.CompareTo(other._value);

    /// <summary>Returns whether two values name the same language.</summary>
    public static bool operator ==(Language left, Language right) => left.Equals(right);

    /// <summary>Returns whether two values name different languages.</summary>
    public static bool operator !=(Language left, Language right) => !left.Equals(right);

    static Language IParsable<Language>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Language>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Language result) => TryParse(s, out result);

    static Language ISpanParsable<Language>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Language>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Language result) => TryParse(s, out result);
}
