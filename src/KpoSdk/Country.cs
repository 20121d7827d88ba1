using System.Diagnostics;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk;

/// <summary>
/// A country, dependent territory or special area of economic interest with an officially
/// assigned ISO 3166-1 code. Every one of the 249 assigned codes has a static member
/// (<see cref="US"/>, <see cref="IN"/>, …); <see cref="Parse(string)"/> accepts the alpha-2,
/// alpha-3 and numeric forms in any case.
/// </summary>
/// <remarks>
/// <para>A <see cref="Country"/> is a one-byte value that cannot name an unassigned code.
/// <c>default(Country)</c> is not a country: its <see cref="Alpha2"/> and other facts throw
/// <see cref="InvalidOperationException"/>; use <see cref="IsDefault"/> to detect it.</para>
/// <para>Equality is by code; ordering is by alpha-2 code (ordinal), with <c>default</c> first.</para>
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly partial struct Country : IEquatable<Country>, IComparable<Country>, IComparable
{
    // Row in the generated country table plus one, so that default(Country) is distinguishable.
    private readonly byte _value;

    private Country(int row) => _value = checked((byte)(row + 1));

    /// <summary>Gets the number of assigned ISO 3166-1 codes (249).</summary>
    public static int Count => Countries.Count;

    /// <summary>Gets every country, in alpha-2 order.</summary>
    public static IReadOnlyList<Country> All => AllCountries.Value;

    /// <summary>Gets whether this is <c>default(Country)</c>, which names no country.</summary>
    public bool IsDefault => _value == 0;

    /// <summary>Gets the ISO 3166-1 alpha-2 code, e.g. <c>"US"</c>.</summary>
    public string Alpha2 => Countries.Alpha2(Row);

    /// <summary>Gets the ISO 3166-1 alpha-3 code, e.g. <c>"USA"</c>.</summary>
    public string Alpha3 => Countries.Alpha3(Row);

    /// <summary>Gets the ISO 3166-1 numeric code, e.g. <c>840</c>.</summary>
    public int Numeric => Countries.Numeric(Row);

    /// <summary>Gets the English short name from ISO 3166-1, e.g. <c>"United States"</c>.</summary>
    public string Name => Countries.Name(Row);

    /// <summary>Gets the row of this country in the knowledge tables.</summary>
    internal int Row => _value != 0
        ? _value - 1
        : throw new InvalidOperationException(
            "This Country is default(Country), which names no country. Use a static member such as Country.US, or Country.Parse.");

    internal static Country FromRow(int row) => new(row);

    /// <summary>Gets the country with the given ISO 3166-1 numeric code, e.g. <c>840</c> for the United States.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="numeric"/> is not an assigned numeric code.</exception>
    public static Country FromNumeric(int numeric)
    {
        int row = Countries.FindByNumeric(numeric);
        return row >= 0
            ? new Country(row)
            : throw new ArgumentOutOfRangeException(nameof(numeric), numeric, $"{numeric} is not an assigned ISO 3166-1 numeric country code.");
    }

    /// <inheritdoc/>
    public bool Equals(Country other) => _value == other._value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Country other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => _value;

    /// <summary>Compares by alpha-2 code; <c>default(Country)</c> sorts first.</summary>
    public int CompareTo(Country other) => _value.CompareTo(other._value);

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Country other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Country)}.", nameof(obj)),
    };

    /// <summary>Returns whether two values name the same country.</summary>
    public static bool operator ==(Country left, Country right) => left.Equals(right);

    /// <summary>Returns whether two values name different countries.</summary>
    public static bool operator !=(Country left, Country right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/> by alpha-2 code.</summary>
    public static bool operator <(Country left, Country right) => left._value < right._value;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/> by alpha-2 code.</summary>
    public static bool operator >(Country left, Country right) => left._value > right._value;

    /// <summary>Returns whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Country left, Country right) => left._value <= right._value;

    /// <summary>Returns whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Country left, Country right) => left._value >= right._value;

    private static readonly Lazy<Country[]> AllCountries = new(() =>
    {
        var all = new Country[Countries.Count];
        for (int row = 0; row < all.Length; row++)
        {
            all[row] = new Country(row);
        }

        return all;
    });
}
