using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// A compiled set of jurisdictions. Plain countries are one bit each, so the common test is a
/// shift and a mask; subdivisions, exclusions and dated entries are few and scanned.
/// </summary>
internal sealed class JurisdictionSet
{
    public static readonly JurisdictionSet Everything = new(any: true, [], []);

    public static readonly JurisdictionSet Nothing = new(any: false, [], []);

    private readonly bool _any;
    private readonly ulong[] _countries;
    private readonly ResolvedEntry[] _entries;

    private JurisdictionSet(bool any, ulong[] countries, ResolvedEntry[] entries)
    {
        _any = any;
        _countries = countries;
        _entries = entries;
    }

    public static JurisdictionSet From(IEnumerable<ResolvedEntry> entries, bool any)
    {
        if (any)
        {
            return Everything;
        }

        var countries = new ulong[(Countries.Count + 63) / 64];
        var others = new List<ResolvedEntry>();
        foreach (var entry in entries)
        {
            if (entry.IsPlainCountry)
            {
                countries[entry.Country >> 6] |= 1UL << (entry.Country & 63);
            }
            else
            {
                others.Add(entry);
            }
        }

        return new JurisdictionSet(false, countries, others.ToArray());
    }

    public bool Contains(JurisdictionId jurisdiction, CalendarDate date)
    {
        if (_any || (_countries[jurisdiction.Country >> 6] & (1UL << (jurisdiction.Country & 63))) != 0)
        {
            return true;
        }

        foreach (var entry in _entries)
        {
            if (entry.Country == jurisdiction.Country && InDates(entry, date) && Covers(entry, jurisdiction))
            {
                return true;
            }
        }

        return false;
    }

    private static bool InDates(in ResolvedEntry entry, CalendarDate date) =>
        (entry.From is not { } from || date >= from) && (entry.To is not { } to || date <= to);

    private static bool Covers(in ResolvedEntry entry, JurisdictionId jurisdiction)
    {
        if (entry.Subdivision >= 0)
        {
            return jurisdiction.HasSubdivision && Subdivisions.IsWithin(jurisdiction.Subdivision, entry.Subdivision);
        }

        if (!jurisdiction.HasSubdivision)
        {
            return true;
        }

        foreach (int excluded in entry.Except)
        {
            if (Subdivisions.IsWithin(jurisdiction.Subdivision, excluded))
            {
                return false;
            }
        }

        return true;
    }
}
