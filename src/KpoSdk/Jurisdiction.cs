using System.Diagnostics;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk;

/// <summary>
/// A place whose law governs a service: a <see cref="KpoSdk.Country"/>, optionally narrowed to one
/// of its ISO 3166-2 subdivisions (<c>US-NY</c>, <c>IN-MH</c>, <c>UA-43</c>). Professional licensing
/// is per subdivision in federal countries (CPAs, bar admission, court reporters) and sanctions
/// can target regions (Crimea), so rules and contracts speak of jurisdictions, not countries.
/// </summary>
/// <remarks>
/// A country converts implicitly to the jurisdiction of the whole country.
/// <c>default(Jurisdiction)</c> names no place: its members throw <see cref="InvalidOperationException"/>.
/// Ordering is by country (alpha-2), then the whole country before its subdivisions in code order.
/// </remarks>
[DebuggerDisplay("{ToString(),nq}")]
public readonly partial struct Jurisdiction : IEquatable<Jurisdiction>, IComparable<Jurisdiction>, IComparable
{
    private readonly Country _country;

    // Row in the generated subdivision table plus one; zero for the whole country.
    private readonly ushort _subdivision;

    /// <summary>Creates the jurisdiction of a whole country.</summary>
    /// <exception cref="ArgumentException"><paramref name="country"/> is <c>default(Country)</c>.</exception>
    public Jurisdiction(Country country)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("default(Country) names no country.", nameof(country));
        }

        _country = country;
        _subdivision = 0;
    }

    private Jurisdiction(Country country, int subdivisionRow)
    {
        _country = country;
        _subdivision = checked((ushort)(subdivisionRow + 1));
    }

    /// <summary>Gets whether this is <c>default(Jurisdiction)</c>, which names no place.</summary>
    public bool IsDefault => _country.IsDefault;

    /// <summary>Gets the country.</summary>
    public Country Country => !IsDefault ? _country : throw DefaultException();

    /// <summary>Gets whether this jurisdiction is a subdivision rather than a whole country.</summary>
    public bool IsSubdivision => _subdivision != 0;

    /// <summary>Gets the full code: <c>"US-NY"</c> for a subdivision, the alpha-2 code <c>"US"</c> for a country.</summary>
    public string Code => IsSubdivision ? Subdivisions.Code(_subdivision - 1) : Country.Alpha2;

    /// <summary>Gets the subdivision part of the code (<c>"NY"</c> for <c>US-NY</c>), or <c>null</c> for a whole country.</summary>
    public string? SubdivisionCode => IsSubdivision ? Subdivisions.Code(_subdivision - 1)[(Country.Alpha2.Length + 1)..] : null;

    /// <summary>Gets the English name: the subdivision's ISO 3166-2 name, or the country's name.</summary>
    public string Name => IsSubdivision ? Subdivisions.Name(_subdivision - 1) : Country.Name;

    /// <summary>Gets the ISO 3166-2 category of the subdivision (<c>"State"</c>, <c>"Province"</c>, …), or <c>null</c> for a whole country.</summary>
    public string? SubdivisionType => IsSubdivision ? Subdivisions.Type(_subdivision - 1) : null;

    /// <summary>
    /// Gets the jurisdiction that contains this one: the parent subdivision where ISO 3166-2 names one
    /// (<c>GB-ENG</c> for an English county), else the whole country; <c>null</c> for a whole country.
    /// </summary>
    public Jurisdiction? Parent
    {
        get
        {
            if (!IsSubdivision)
            {
                return null;
            }

            int parent = Subdivisions.Parent(_subdivision - 1);
            return parent >= 0 ? new Jurisdiction(Country, parent) : new Jurisdiction(Country);
        }
    }

    /// <summary>Gets whether <paramref name="other"/> is this jurisdiction or lies within it (a country contains its subdivisions).</summary>
    /// <exception cref="InvalidOperationException">Either jurisdiction is <c>default(Jurisdiction)</c>.</exception>
    public bool Contains(Jurisdiction other) => Id.Contains(other.Id);

    /// <summary>Converts a country to the jurisdiction of the whole country.</summary>
    public static implicit operator Jurisdiction(Country country) => new(country);

    internal JurisdictionId Id => IsSubdivision ? new JurisdictionId(Country.Row, _subdivision - 1) : new JurisdictionId(Country.Row);

    internal static Jurisdiction FromId(JurisdictionId id) =>
        id.HasSubdivision ? new Jurisdiction(Country.FromRow(id.Country), id.Subdivision) : new Jurisdiction(Country.FromRow(id.Country));

    /// <inheritdoc/>
    public bool Equals(Jurisdiction other) => _country == other._country && _subdivision == other._subdivision;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Jurisdiction other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (_country.GetHashCode() << 16) | _subdivision;

    /// <summary>Compares by country, then the whole country before its subdivisions in code order.</summary>
    public int CompareTo(Jurisdiction other)
    {
        int byCountry = _country.CompareTo(other._country);
        return byCountry != 0 ? byCountry : _subdivision.CompareTo(other._subdivision);
    }

    int IComparable.CompareTo(object? obj) => obj switch
    {
        null => 1,
        Jurisdiction other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Jurisdiction)}.", nameof(obj)),
    };

    /// <summary>Returns whether two values name the same jurisdiction.</summary>
    public static bool operator ==(Jurisdiction left, Jurisdiction right) => left.Equals(right);

    /// <summary>Returns whether two values name different jurisdictions.</summary>
    public static bool operator !=(Jurisdiction left, Jurisdiction right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    public static bool operator <(Jurisdiction left, Jurisdiction right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    public static bool operator >(Jurisdiction left, Jurisdiction right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or equal to <paramref name="right"/>.</summary>
    public static bool operator <=(Jurisdiction left, Jurisdiction right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or equal to <paramref name="right"/>.</summary>
    public static bool operator >=(Jurisdiction left, Jurisdiction right) => left.CompareTo(right) >= 0;

    private static InvalidOperationException DefaultException() =>
        new("This Jurisdiction is default(Jurisdiction), which names no place. Use Jurisdiction.Parse or convert a Country.");
}
