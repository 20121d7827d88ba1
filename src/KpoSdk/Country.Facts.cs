using System.Collections.Concurrent;
using System.Collections.Immutable;
using KpoSdk.Knowledge.Codes;
using NodaTime;
using NodaTime.TimeZones;
using SubdivisionTable = KpoSdk.Knowledge.Codes.Subdivisions;

namespace KpoSdk;

public readonly partial struct Country
{
    private static readonly ConcurrentDictionary<int, CountryFacts> FactsByRow = new();

    /// <summary>
    /// Gets the time zones of this country's zone.tab locations in NodaTime's TZDB
    /// (<see cref="TzdbDateTimeZoneSource.ZoneLocations"/>), in TZDB order. Empty for a territory
    /// without a location of its own (for example Bouvet Island). zone.tab rather than zone1970.tab
    /// because the latter merges countries that share a zone.
    /// </summary>
    public ImmutableArray<DateTimeZone> TimeZones => Facts.TimeZones;

    /// <summary>
    /// Gets the languages that are official or de facto official in the whole country, per CLDR
    /// territory information, most widely used first.
    /// </summary>
    public ImmutableArray<Language> OfficialLanguages => Facts.OfficialLanguages;

    /// <summary>Gets the languages that are official in a region of the country (CLDR "official_regional").</summary>
    public ImmutableArray<Language> RegionalOfficialLanguages => Facts.RegionalLanguages;

    /// <summary>
    /// Gets the weekend days per CLDR week data, Monday first: Saturday and Sunday in most
    /// countries, Friday and Saturday in Saudi Arabia, Sunday alone in India, Friday alone in Iran.
    /// </summary>
    public ImmutableArray<IsoDayOfWeek> Weekend => Facts.Weekend;

    /// <summary>Gets whether <paramref name="day"/> is a weekend day in this country (see <see cref="Weekend"/>).</summary>
    public bool IsWeekend(IsoDayOfWeek day) =>
        day is >= IsoDayOfWeek.Monday and <= IsoDayOfWeek.Sunday && (Countries.WeekendMask(Row) & (1 << ((int)day - 1))) != 0;

    /// <summary>Gets the ISO 3166-2 subdivisions of this country, in code order.</summary>
    public ImmutableArray<Jurisdiction> Subdivisions => Facts.Subdivisions;

    private CountryFacts Facts => FactsByRow.GetOrAdd(Row, static row => CountryFacts.Create(row));

    private sealed record CountryFacts(
        ImmutableArray<DateTimeZone> TimeZones,
        ImmutableArray<Language> OfficialLanguages,
        ImmutableArray<Language> RegionalLanguages,
        ImmutableArray<IsoDayOfWeek> Weekend,
        ImmutableArray<Jurisdiction> Subdivisions)
    {
        public static CountryFacts Create(int row)
        {
            string alpha2 = Countries.Alpha2(row);
            var zones = TzdbDateTimeZoneSource.Default.ZoneLocations!
                .Where(location => string.Equals(location.CountryCode, alpha2, StringComparison.Ordinal))
                .Select(location => DateTimeZoneProviders.Tzdb[location.ZoneId])
                .ToImmutableArray();

            var official = ImmutableArray.CreateBuilder<Language>();
            var regional = ImmutableArray.CreateBuilder<Language>();
            for (int i = 0; i < Countries.LanguageCount(row); i++)
            {
                var language = Language.FromRow(Countries.Language(row, i));
                (Countries.LanguageStatusAt(row, i) == LanguageStatus.OfficialRegional ? regional : official).Add(language);
            }

            byte mask = Countries.WeekendMask(row);
            var weekend = Enumerable.Range(1, 7)
                .Where(day => (mask & (1 << (day - 1))) != 0)
                .Select(day => (IsoDayOfWeek)day)
                .ToImmutableArray();

            int first = SubdivisionTable.FirstOf(row);
            var subdivisions = ImmutableArray.CreateBuilder<Jurisdiction>(SubdivisionTable.CountOf(row));
            for (int i = 0; i < subdivisions.Capacity; i++)
            {
                subdivisions.Add(Jurisdiction.FromId(new JurisdictionId(row, first + i)));
            }

            return new CountryFacts(zones, official.ToImmutable(), regional.ToImmutable(), weekend, subdivisions.MoveToImmutable());
        }
    }
}
