using System.Collections.Immutable;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// The calendars and coverage analyses of one validation, shared by its services. A calendar's
/// open intervals are built per block on first use (about 150 KB for a year), and an agreement's
/// services mostly share the client's window and the centres' shifts: without sharing, 10,000
/// services built 30,000 calendars and allocated about 5 GB. Not thread-safe; one per validation.
/// </summary>
internal sealed class CoverageCache
{
    private readonly Dictionary<CalendarKey, BusinessCalendar> _calendars = [];
    private readonly Dictionary<AnalysisKey, CoverageAnalysis> _analyses = [];

    /// <summary>
    /// The calendar of <paramref name="hours"/> in <paramref name="zone"/> with <paramref name="holidays"/> and the
    /// built-in public holidays of <paramref name="publicHolidays"/> (none when null), one instance per distinct value.
    /// </summary>
    public BusinessCalendar Calendar(DateTimeZone zone, WeeklyHours hours, ImmutableArray<LocalDate> holidays, Jurisdiction? publicHolidays)
    {
        var key = new CalendarKey(zone, hours, holidays, publicHolidays);
        if (!_calendars.TryGetValue(key, out var calendar))
        {
            calendar = BusinessCalendar.Create(zone, hours, holidays, publicHolidays);
            _calendars.Add(key, calendar);
        }

        return calendar;
    }

    /// <summary>The analysis of <paramref name="centers"/> against <paramref name="client"/> over <paramref name="dates"/>, computed once per distinct question.</summary>
    public CoverageAnalysis Analysis(BusinessCalendar client, DateInterval dates, ImmutableArray<DeliveryCalendar> centers, Func<CoverageAnalysis> analyze)
    {
        var key = new AnalysisKey(client, dates, centers);
        if (!_analyses.TryGetValue(key, out var analysis))
        {
            analysis = analyze();
            _analyses.Add(key, analysis);
        }

        return analysis;
    }

    private sealed record CalendarKey(DateTimeZone Zone, WeeklyHours Hours, ImmutableArray<LocalDate> Holidays, Jurisdiction? PublicHolidays)
    {
        public bool Equals(CalendarKey? other) =>
            other is not null && Zone.Equals(other.Zone) && Hours.Equals(other.Hours) && Holidays.ValueEquals(other.Holidays) && PublicHolidays == other.PublicHolidays;

        public override int GetHashCode() => HashCode.Combine(Zone.Id, Hours, Holidays.ValueHash(), PublicHolidays);
    }

    /// <summary>Calendars compare by reference: the cache hands out one instance per distinct calendar.</summary>
    private sealed record AnalysisKey(BusinessCalendar Client, DateInterval Dates, ImmutableArray<DeliveryCalendar> Centers)
    {
        public bool Equals(AnalysisKey? other) =>
            other is not null
            && ReferenceEquals(Client, other.Client)
            && Dates.Equals(other.Dates)
            && Centers.Length == other.Centers.Length
            && Centers.Zip(other.Centers).All(p => p.First.Name == p.Second.Name && ReferenceEquals(p.First.Calendar, p.Second.Calendar));

        public override int GetHashCode()
        {
            var hash = new HashCode();
            hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(Client));
            hash.Add(Dates);
            foreach (var center in Centers)
            {
                hash.Add(center.Name);
                hash.Add(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(center.Calendar));
            }

            return hash.ToHashCode();
        }
    }
}
