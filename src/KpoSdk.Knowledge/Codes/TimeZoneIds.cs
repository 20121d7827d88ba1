namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The IANA time-zone IDs of the TZDB bundled with NodaTime when the tables were generated
/// (<see cref="TzdbVersion"/>): which IDs exist, their canonical IDs, and the zone.tab zones of
/// each country. IDs compare ordinally and case-sensitively, as NodaTime does.
/// </summary>
internal static partial class TimeZoneIds
{
    private static readonly ZoneRecord[] s_zones = ZoneTable.Zones;
    private static readonly string[] s_ids = BuildIds();
    private static readonly int[] s_canonical = BuildCanonical();

    // zone.tab grouped by country row, in file order within a country.
    private static readonly int[] s_countryStart = new int[Countries.Count + 1];
    private static readonly string[] s_countryZones = BuildCountryZones();

    // The zone.tab country of each ID listed there, else -1.
    private static readonly int[] s_locationCountry = BuildLocationCountry();

    /// <summary>The TZDB release the table was generated from, e.g. "2025b".</summary>
    public static string TzdbVersion => ZoneTable.TzdbVersion;

    /// <summary>Every ID, canonical and alias, in ordinal order.</summary>
    public static IReadOnlyList<string> All => s_ids;

    /// <summary>Whether NodaTime knows the ID, canonical or alias ("Asia/Calcutta" too). Exact case only.</summary>
    public static bool IsKnown(string? id) => id is not null && IndexOf(id) >= 0;

    /// <summary>The canonical ID of a known ID ("Asia/Calcutta" → "Asia/Kolkata"; a canonical ID → itself); null when unknown.</summary>
    public static string? Canonical(string id)
    {
        int index = IndexOf(id);
        return index < 0 ? null : s_ids[s_canonical[index]];
    }

    /// <summary>
    /// The country row whose zone.tab lists the zone: the ID's own line where it has one
    /// ("Europe/Amsterdam" is NL although it is an alias of "Europe/Brussels"), else its
    /// canonical zone's line. -1 for zones in no country (UTC, Etc/*) and unknown IDs.
    /// </summary>
    public static int CountryOf(string id)
    {
        int index = IndexOf(id);
        if (index < 0)
        {
            return -1;
        }

        int country = s_locationCountry[index];
        return country >= 0 ? country : s_locationCountry[s_canonical[index]];
    }

    /// <summary>The number of zone.tab zones of a country (0 for some territories, e.g. BV).</summary>
    public static int ZoneCount(int countryRow) => s_countryStart[countryRow + 1] - s_countryStart[countryRow];

    /// <summary>The country's <paramref name="i"/>th zone.tab zone, in zone.tab order (the most populous region first).</summary>
    public static string Zone(int countryRow, int i) =>
        (uint)i < (uint)ZoneCount(countryRow)
            ? s_countryZones[s_countryStart[countryRow] + i]
            : throw new ArgumentOutOfRangeException(nameof(i), i, $"{Countries.Alpha2(countryRow)} has {ZoneCount(countryRow)} zones.");

    private static int IndexOf(string id)
    {
        int lo = 0, hi = s_ids.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            int c = string.CompareOrdinal(s_ids[mid], id);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static string[] BuildIds()
    {
        var ids = new string[ZoneTable.Zones.Length];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = ZoneTable.Zones[i].Id;
        }

        return ids;
    }

    private static int[] BuildCanonical()
    {
        var canonical = new int[s_zones.Length];
        for (int i = 0; i < canonical.Length; i++)
        {
            canonical[i] = s_zones[i].Canonical is { } target ? IndexOf(target) : i;
        }

        return canonical;
    }

    private static string[] BuildCountryZones()
    {
        var locations = ZoneTable.Locations;
        var counts = new int[Countries.Count];
        foreach (var location in locations)
        {
            counts[CountryRow(location)]++;
        }

        for (int country = 0; country < Countries.Count; country++)
        {
            s_countryStart[country + 1] = s_countryStart[country] + counts[country];
        }

        var zones = new string[locations.Length];
        var next = (int[])s_countryStart.Clone();
        foreach (var location in locations)
        {
            zones[next[CountryRow(location)]++] = location.ZoneId;
        }

        return zones;
    }

    private static int[] BuildLocationCountry()
    {
        var countries = new int[s_ids.Length];
        for (int i = 0; i < countries.Length; i++)
        {
            countries[i] = -1;
        }

        foreach (var location in ZoneTable.Locations)
        {
            countries[IndexOf(location.ZoneId)] = CountryRow(location);
        }

        return countries;
    }

    private static int CountryRow(ZoneLocationRecord location) => Countries.Find(location.Alpha2[0], location.Alpha2[1], '\0', 2);
}
