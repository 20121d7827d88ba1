namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// A validated jurisdiction as indexes into the generated tables: a country row and, optionally,
/// a subdivision row. This is the form the rule engine, the generator and the analyzers share;
/// the runtime's <c>Jurisdiction</c> wraps the same two numbers.
/// </summary>
internal readonly struct JurisdictionId : IEquatable<JurisdictionId>
{
    /// <summary>Subdivision value meaning "the whole country".</summary>
    public const int NoSubdivision = -1;

    public JurisdictionId(int country, int subdivision = NoSubdivision)
    {
        Country = country;
        Subdivision = subdivision;
    }

    /// <summary>Row index in the country table (alpha-2 order).</summary>
    public int Country { get; }

    /// <summary>Row index in the subdivision table, or <see cref="NoSubdivision"/>.</summary>
    public int Subdivision { get; }

    public bool HasSubdivision => Subdivision != NoSubdivision;

    /// <summary>The same country without its subdivision.</summary>
    public JurisdictionId CountryOnly => new(Country);

    /// <summary>
    /// Whether this jurisdiction is <paramref name="inner"/> or contains it: a country contains its
    /// subdivisions, a subdivision those under it (ISO 3166-2 parents). The one containment every
    /// check uses: catalog designations, rule groups, credential grants and the runtime's
    /// <c>Jurisdiction.Contains</c>.
    /// </summary>
    public bool Contains(JurisdictionId inner) =>
        Country == inner.Country
        && (!HasSubdivision || (inner.HasSubdivision && Subdivisions.IsWithin(inner.Subdivision, Subdivision)));

    public bool Equals(JurisdictionId other) => Country == other.Country && Subdivision == other.Subdivision;

    public override bool Equals(object? obj) => obj is JurisdictionId other && Equals(other);

    public override int GetHashCode() => (Country * 8191) ^ Subdivision;

    public static bool operator ==(JurisdictionId left, JurisdictionId right) => left.Equals(right);

    public static bool operator !=(JurisdictionId left, JurisdictionId right) => !left.Equals(right);
}
