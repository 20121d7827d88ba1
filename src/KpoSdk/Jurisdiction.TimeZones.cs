using System.Collections.Concurrent;
using System.Collections.Immutable;
using KpoSdk.Knowledge.Codes;
using NodaTime;

namespace KpoSdk;

public readonly partial struct Jurisdiction
{
    private static readonly ConcurrentDictionary<int, ImmutableArray<DateTimeZone>> ZonesBySubdivision = new();

    /// <summary>
    /// Gets the time zones in which some part of this jurisdiction keeps time, primary first
    /// (the capital's or the most populous area's zone).
    /// </summary>
    /// <remarks>
    /// <para>
    /// For a whole country, the same zones as <see cref="Country.TimeZones"/> (NodaTime's zone.tab
    /// locations). For a subdivision of a country with several zones, the subdivision's own zones
    /// from the SDK's subdivision table, compiled from the IANA time-zone database's zone.tab
    /// comments and region files and checked against NodaTime's TZDB: <c>US-CA</c> →
    /// America/Los_Angeles; <c>US-IN</c> → the Indiana zones and America/Chicago for its Central
    /// counties; <c>AU-NSW</c> → Australia/Sydney, Australia/Broken_Hill and Australia/Lord_Howe.
    /// A subdivision whose zone zone.tab files under another code has that zone
    /// (<c>US-PR</c> → America/Puerto_Rico, <c>CN-HK</c> → Asia/Hong_Kong).
    /// </para>
    /// <para>
    /// The time is the legal or observed time as tzdb records it: a town's unofficial practice
    /// that tzdb merely reports is left out (Phenix City's Eastern time does not make
    /// America/New_York a zone of <c>US-AL</c>). A subdivision the table does not list has its
    /// nearest listed parent's zones (<c>FR-971</c> has Guadeloupe's), else its country's
    /// (<c>IN-MH</c> → Asia/Kolkata). The zones are those NodaTime's
    /// <see cref="DateTimeZoneProviders.Tzdb"/> returns for the zone.tab IDs, as for
    /// <see cref="Country.TimeZones"/>; empty where zone.tab lists none (Bouvet Island).
    /// </para>
    /// </remarks>
    /// <exception cref="InvalidOperationException">This is <c>default(Jurisdiction)</c>.</exception>
    public ImmutableArray<DateTimeZone> TimeZones
    {
        get
        {
            var source = JurisdictionZones.Source(Id);
            return source.HasSubdivision
                ? ZonesBySubdivision.GetOrAdd(source.Subdivision, static (row, source) => CreateZones(source), source)
                : Country.TimeZones;
        }
    }

    private static ImmutableArray<DateTimeZone> CreateZones(JurisdictionId source)
    {
        var zones = ImmutableArray.CreateBuilder<DateTimeZone>(JurisdictionZones.Count(source));
        for (int i = 0; i < zones.Capacity; i++)
        {
            zones.Add(DateTimeZoneProviders.Tzdb[JurisdictionZones.Zone(source, i)]);
        }

        return zones.MoveToImmutable();
    }
}
