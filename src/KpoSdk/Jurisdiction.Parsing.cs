using System.Diagnostics.CodeAnalysis;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk;

public readonly partial struct Jurisdiction : ISpanParsable<Jurisdiction>, ISpanFormattable
{
    /// <summary>
    /// Parses a jurisdiction: a country code as <see cref="Country.Parse(string)"/> reads it
    /// (<c>"US"</c>, <c>"USA"</c>, <c>"840"</c>), or an ISO 3166-2 subdivision code, which always starts
    /// with the alpha-2 code (<c>"US-NY"</c>; <c>"USA-NY"</c> is rejected with <c>"US-NY"</c> suggested),
    /// in any case, without white space.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> names no country or subdivision; the message quotes it and suggests a close code where there is one.</exception>
    public static Jurisdiction Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text.AsSpan());
    }

    /// <summary>Parses a jurisdiction (<c>"US"</c>, <c>"US-NY"</c>) from a span, without allocating on success.</summary>
    /// <exception cref="FormatException"><paramref name="text"/> names no country or subdivision.</exception>
    public static Jurisdiction Parse(ReadOnlySpan<char> text) =>
        TryParse(text, out var jurisdiction) ? jurisdiction : throw new FormatException(Jurisdictions.DescribeUnknown(text.ToString()));

    /// <summary>Tries to parse a jurisdiction (<c>"US"</c>, <c>"US-NY"</c>); never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out Jurisdiction jurisdiction)
    {
        jurisdiction = default;
        return text is not null && TryParse(text.AsSpan(), out jurisdiction);
    }

    /// <summary>Tries to parse a jurisdiction (<c>"US"</c>, <c>"US-NY"</c>) from a span; never throws and never allocates.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out Jurisdiction jurisdiction)
    {
        jurisdiction = default;
        // A subdivision code starts with the alpha-2 code, as ISO 3166-2 writes it, so that every
        // subdivision has exactly one text form.
        int dash = text.IndexOf('-');
        if (dash is not (-1 or 2))
        {
            return false;
        }

        int countryRow = Country.FindRow(dash < 0 ? text : text[..dash]);
        if (countryRow < 0)
        {
            return false;
        }

        var country = Country.FromRow(countryRow);
        if (dash < 0)
        {
            jurisdiction = new Jurisdiction(country);
            return true;
        }

        var suffix = text[(dash + 1)..];
        if (suffix.Length is < 1 or > 3)
        {
            return false;
        }

        int row = Subdivisions.Find(
            countryRow,
            suffix[0],
            suffix.Length > 1 ? suffix[1] : '\0',
            suffix.Length > 2 ? suffix[2] : '\0',
            suffix.Length);
        if (row < 0)
        {
            return false;
        }

        jurisdiction = new Jurisdiction(country, row);
        return true;
    }

    /// <summary>Returns <see cref="Code"/> (<c>"US-NY"</c>, <c>"US"</c>), the form <see cref="Parse(string)"/> reads back; <c>"(default)"</c> for <c>default(Jurisdiction)</c>.</summary>
    public override string ToString() => IsDefault ? "(default)" : Code;

    /// <summary>Formats as <see cref="ToString()"/>; the only format is <c>null</c>, <c>""</c> or <c>"G"</c>, and the provider is ignored.</summary>
    /// <exception cref="FormatException"><paramref name="format"/> is another format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format is null or "" or "G"
        ? ToString()
        : throw new FormatException($"Unknown jurisdiction format '{format}'. Expected 'G'.");

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException($"Unknown jurisdiction format '{format}'. Expected 'G'.");
        }

        string text = ToString();
        charsWritten = text.AsSpan().TryCopyTo(destination) ? text.Length : 0;
        return charsWritten == text.Length;
    }

    static Jurisdiction IParsable<Jurisdiction>.Parse(string s, IFormatProvider? provider) => Parse(s);

    static bool IParsable<Jurisdiction>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Jurisdiction result) => TryParse(s, out result);

    static Jurisdiction ISpanParsable<Jurisdiction>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s);

    static bool ISpanParsable<Jurisdiction>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Jurisdiction result) => TryParse(s, out result);
}
