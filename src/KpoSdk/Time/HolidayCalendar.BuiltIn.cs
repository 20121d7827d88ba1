using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using KpoSdk.Knowledge.Holidays;
using KpoSdk.Time.Holidays;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class HolidayCalendar
{
    private static readonly Lazy<IReadOnlyList<Jurisdiction>> s_covered = new(() =>
        [.. HolidayData.CoveredCodes().Select(KpoSdk.Jurisdiction.Parse)]);

    /// <summary>
    /// Every jurisdiction with built-in holiday data of its own: the countries, then the
    /// subdivisions listed for each (docs/holidays.md). A subdivision inside a listed one (GB-LND
    /// in GB-ENG), and in some countries any unlisted subdivision (France), is covered too; use
    /// <see cref="TryFor"/> to ask.
    /// </summary>
    public static IReadOnlyList<Jurisdiction> Covered => s_covered.Value;

    /// <summary>
    /// The built-in public holidays of a country or subdivision: a subdivision has its country's
    /// national holidays, except those the law excludes there, and its own. Substitute days are
    /// included, named "… (observed)"; optional holidays are not (<see cref="WithOptionalHolidays"/>).
    /// </summary>
    /// <example><c>HolidayCalendar.For(Jurisdiction.Parse("IN-MH"))</c>: Maharashtra's general holidays, Diwali included.</example>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is <c>default</c>.</exception>
    /// <exception cref="HolidayDataUnavailableException">There is no built-in data for <paramref name="jurisdiction"/>; the message says what is covered.</exception>
    public static HolidayCalendar For(Jurisdiction jurisdiction)
    {
        if (jurisdiction.IsDefault)
        {
            throw new ArgumentException("default(Jurisdiction) names no place; use Jurisdiction.Parse(\"IN-MH\") or Country.IN.", nameof(jurisdiction));
        }

        if (TryResolve(jurisdiction, out var calendar, out string? problem))
        {
            return calendar;
        }

        throw new HolidayDataUnavailableException(
            HolidayData.DescribeUnavailable(jurisdiction.Id, problem),
            jurisdiction);
    }

    /// <summary>The built-in public holidays of a jurisdiction, as <see cref="For(Jurisdiction)"/>; false when there is no data for it.</summary>
    public static bool TryFor(Jurisdiction jurisdiction, [NotNullWhen(true)] out HolidayCalendar? calendar)
    {
        calendar = null;
        return !jurisdiction.IsDefault && TryResolve(jurisdiction, out calendar, out _);
    }

    private static bool TryResolve(Jurisdiction jurisdiction, [NotNullWhen(true)] out HolidayCalendar? calendar, out string? problem)
    {
        var set = HolidayData.Resolve(jurisdiction.Code, out problem);
        calendar = set is null
            ? null
            : new HolidayCalendar([new BuiltInFeed(jurisdiction, set)], ImmutableSortedDictionary<LocalDate, string>.Empty, [], false, UnknownHolidays.Throw, jurisdiction);
        return calendar is not null;
    }
}
