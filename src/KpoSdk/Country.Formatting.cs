using System.Globalization;

namespace KpoSdk;

public readonly partial struct Country : ISpanFormattable
{
    /// <summary>Returns the alpha-2 code (<c>"US"</c>), the form <see cref="Parse(string)"/> reads back; <c>"(default)"</c> for <c>default(Country)</c>.</summary>
    public override string ToString() => IsDefault ? "(default)" : Alpha2;

    /// <summary>
    /// Formats the country: <c>null</c>, <c>""</c>, <c>"G"</c> or <c>"2"</c> give the alpha-2 code,
    /// <c>"3"</c> the alpha-3 code, <c>"N"</c> the three-digit numeric code and <c>"F"</c> the English name.
    /// The format provider is ignored: every form is culture-invariant.
    /// </summary>
    /// <exception cref="FormatException"><paramref name="format"/> is none of the above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider = null)
    {
        if (IsDefault)
        {
            return "(default)";
        }

        return format switch
        {
            null or "" or "G" or "2" => Alpha2,
            "3" => Alpha3,
            "N" => Numeric.ToString("D3", CultureInfo.InvariantCulture),
            "F" => Name,
            _ => throw new FormatException($"Unknown country format '{format}'. Expected 'G' or '2' (alpha-2), '3' (alpha-3), 'N' (numeric) or 'F' (name)."),
        };
    }

    /// <inheritdoc cref="ToString(string, IFormatProvider)"/>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        string text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }
}
