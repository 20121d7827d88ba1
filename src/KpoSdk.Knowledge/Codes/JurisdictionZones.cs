namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The time zones of a jurisdiction: the zone.tab zones in which some part of it keeps time,
/// primary first. A subdivision has its own zones where tools/data/subdivision-zones.json
/// (compiled from tzdb's zone.tab and region files) lists it (US-CA → America/Los_Angeles,
/// US-PR → America/Puerto_Rico although zone.tab files that zone under PR); a subdivision it does
/// not list has its nearest listed parent's (FR-971 → FR-GP's), else its country's. A country has
/// its zone.tab zones, in zone.tab order (<see cref="TimeZoneIds.Zone"/>).
/// </summary>
/// <remarks>
/// Every lookup here allocates nothing: the analyzers and the runtime's validation call them per
/// declaration and per document. Only the messages in <c>JurisdictionZones.Describe.cs</c> allocate.
/// </remarks>
internal static partial class JurisdictionZones
{
    /// <summary>
    /// The jurisdiction whose zones <paramref name="id"/> has: itself when it is a country or a
    /// subdivision the data lists, else its nearest listed parent subdivision, else its country.
    /// </summary>
    public static JurisdictionId Source(JurisdictionId id)
    {
        for (int row = id.Subdivision; row >= 0; row = Subdivisions.Parent(row))
        {
            if (SubdivisionZoneTable.CountOf(row) > 0)
            {
                return new JurisdictionId(id.Country, row);
            }
        }

        return id.CountryOnly;
    }

    /// <summary>The number of zones of the jurisdiction (0 for a territory zone.tab gives none, e.g. BV).</summary>
    public static int Count(JurisdictionId id) => CountOf(Source(id));

    /// <summary>The jurisdiction's <paramref name="i"/>th zone, primary first (a zone.tab ID, as <c>Country.TimeZones</c> lists them).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="i"/> is negative or not less than <see cref="Count"/>.</exception>
    public static string Zone(JurisdictionId id, int i)
    {
        var source = Source(id);
        int count = CountOf(source);
        return (uint)i < (uint)count
            ? ZoneOf(source, i)
            : throw new ArgumentOutOfRangeException(nameof(i), i, $"{Jurisdictions.Format(id)} has {count} zones.");
    }

    /// <summary>
    /// Whether <paramref name="zoneId"/> is a zone of the jurisdiction: one of its zones exactly,
    /// or a link that zone.tab does not list and whose canonical ID is the canonical ID of one of
    /// its zones ("US/Pacific" and "America/Yellowknife" are zones of US-CA and CA-NT;
    /// "America/Coral_Harbour" is a zone of CA-NU, whose EST zone is America/Atikokan). An ID
    /// with a zone.tab line of its own names that place, so it counts only where it is listed:
    /// "America/Puerto_Rico" is a zone of US-PR, not of CA-QC, although America/Blanc-Sablon
    /// links to it. False for unknown IDs and null. IDs compare ordinally, as NodaTime's do.
    /// </summary>
    public static bool Contains(JurisdictionId id, string? zoneId)
    {
        string? canonical = zoneId is null ? null : TimeZoneIds.Canonical(zoneId);
        if (canonical is null)
        {
            return false;
        }

        var source = Source(id);
        int count = CountOf(source);
        for (int i = 0; i < count; i++)
        {
            if (string.Equals(ZoneOf(source, i), zoneId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        if (TimeZoneIds.HasLocation(zoneId))
        {
            return false;
        }

        for (int i = 0; i < count; i++)
        {
            if (string.Equals(TimeZoneIds.Canonical(ZoneOf(source, i)), canonical, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int CountOf(JurisdictionId source) =>
        source.HasSubdivision ? SubdivisionZoneTable.CountOf(source.Subdivision) : TimeZoneIds.ZoneCount(source.Country);

    private static string ZoneOf(JurisdictionId source, int i) =>
        source.HasSubdivision ? SubdivisionZoneTable.ZoneOf(source.Subdivision, i) : TimeZoneIds.Zone(source.Country, i);
}
