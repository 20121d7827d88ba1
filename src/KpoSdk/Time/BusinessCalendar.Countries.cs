using KpoSdk.Knowledge.Codes;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class BusinessCalendar
{
    private static readonly TimeRange DefaultWorkingHours = new(new LocalTime(9, 0), new LocalTime(17, 0));

    /// <summary>
    /// A default calendar for <paramref name="country"/> in one of its zones: 09:00-17:00 on every
    /// day that is not a weekend day in the country (<see cref="Country.Weekend"/>, from CLDR),
    /// so Sunday to Thursday in Saudi Arabia and Monday to Saturday in India. No holidays.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="country"/> is <c>default</c>, or <paramref name="zone"/> is not one of its zones (the message lists them).</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar ForCountry(Country country, DateTimeZone zone) =>
        ForCountry(country, zone, DefaultWorkingHours);

    /// <summary>
    /// A default calendar for <paramref name="country"/> in one of its zones, with
    /// <paramref name="workingHours"/> on every day that is not a weekend day in the country.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="country"/> is <c>default</c>, <paramref name="zone"/> is not one of its zones (the message lists them), or <paramref name="workingHours"/> is <c>default</c>.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="zone"/> is null.</exception>
    public static BusinessCalendar ForCountry(Country country, DateTimeZone zone, TimeRange workingHours)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return ForCountry(country, zone, workingHours, nameof(zone));
    }

    /// <summary>A default calendar for <paramref name="country"/> in the IANA zone <paramref name="zoneId"/>; see <see cref="ForCountry(Country, DateTimeZone)"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="zoneId"/> is null.</exception>
    /// <exception cref="ArgumentException">The zone ID is unknown (the message lists the closest IDs) or not a zone of the country.</exception>
    public static BusinessCalendar ForCountry(Country country, string zoneId) =>
        ForCountry(country, ZoneIds.Resolve(zoneId, nameof(zoneId)), DefaultWorkingHours, nameof(zoneId));

    private static BusinessCalendar ForCountry(Country country, DateTimeZone zone, TimeRange workingHours, string zoneParameter)
    {
        if (country.IsDefault)
        {
            throw new ArgumentException("default(Country) is no country; use a member such as Country.IN or Country.Parse.", nameof(country));
        }

        if (TimeZoneIds.CountryOf(zone.Id) != country.Row)
        {
            string zones = string.Join(", ", country.TimeZones.Select(z => "'" + z.Id + "'"));
            throw new ArgumentException(
                $"'{zone.Id}' is not a time zone of {country.Name} ({country.Alpha2}); expected one of its zone.tab zones: {(zones.Length == 0 ? "(none)" : zones)}.",
                zoneParameter);
        }

        workingHours.Validated(nameof(workingHours));
        var workdays = Enumerable.Range(1, 7).Select(d => (IsoDayOfWeek)d).Where(d => !country.IsWeekend(d));
        return Create(zone, WeeklyHours.Create(workdays.Select(d => new WeeklyRange(d, workingHours))));
    }
}
