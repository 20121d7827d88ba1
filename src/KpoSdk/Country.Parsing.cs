using System.Diagnostics.CodeAnalysis;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk;

public readonly partial struct Country : ISpanParsable<Country>
{
    /// <summary>
    /// Parses an ISO 3166-1 code: alpha-2 (<c>"US"</c>), alpha-3 (<c>"USA"</c>) or numeric
    /// (<c>"840"</c>, always three digits), in any case. No white space is allowed.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not an assigned code; the message quotes it and suggests a close code where there is one.</exception>
    public static Country Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses an ISO 3166-1 alpha-2, alpha-3 or numeric code from a span of characters, without allocating on success.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> is not an assigned code.</exception>
    public static Country Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var country) ? country : throw new FormatException(Countries.DescribeUnknown(text.ToString()));

    /// <summary>Tries to parse an ISO 3166-1 alpha-2, alpha-3 or numeric code; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Country country)
    {
        country = default;
        return text is not null && TryParse(text.AsSpan(), out country);
    }

    /// <summary>Tries to parse an ISO 3166-1 alpha-2, alpha-3 or numeric code from a span; never throws and never allocates.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Country country)
    {
        int row = FindRow(text);
        country = row >= 0 ? new Country(row) : default;
        return row >= 0;
    }

    internal static int FindRow(ReadOnlySpan<char> text) => text.Length switch
    {
        2 => Countries.Find(text[0], text[1], '\0', 2),
        3 => Countries.Find(text[0], text[1], text[2], 3),
        _ => -1,
    };

    static Country IParsable<Country>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Country>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Country result) => TryParse(s, out result);

    static Country ISpanParsable<Country>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Country>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Country result) => TryParse(s, out result);
}
