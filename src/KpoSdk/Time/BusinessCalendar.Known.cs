using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class BusinessCalendar
{
    /// <summary>
    /// The positions between which no answer depends on a holiday of <see cref="HolidayCalendar"/>
    /// whose date is unknown. Ranges of a date before the first known date end at the latest when
    /// the last such range ends (a range reaches at most two days past its date, so the three
    /// dates before decide); no range of a date after the last known date starts before the first
    /// range of the first such date that has one. Dates whose hours an override decides do not
    /// count: a holiday changes nothing there.
    /// </summary>
    private (long Start, long End) KnownBounds()
    {
        if (HolidayCalendar is not { UnknownHolidays: UnknownHolidays.Throw } holidays)
        {
            return (Positions.Min, Positions.Max);
        }

        long start = Positions.Min;
        var first = holidays.KnownFrom;
        if (first > FirstDate)
        {
            start = Clamp(Zone.AtStartOfDay(first).ToInstant());
            for (var date = first.PlusDays(-3); date < first; date = date.PlusDays(1))
            {
                foreach (var range in _schedule.ClosableOn(date))
                {
                    start = Math.Max(start, Math.Min(BlockBuilder.Resolve(Zone, date, range).End, Positions.Max));
                }
            }
        }

        var last = holidays.KnownThrough;
        long end = last >= LastDate.PlusDays(1) || Hours.IsNeverOpen ? Positions.Max : FirstClosableStart(last.PlusDays(1));
        return (start, end);
    }

    /// <summary>
    /// The earliest start of a range, on <paramref name="first"/> or one of the two weeks after it,
    /// that a holiday could close (so the tail of a night shift begun on the last known date still
    /// counts as known); the start of <paramref name="first"/> when overrides decide all those days.
    /// </summary>
    private long FirstClosableStart(LocalDate first)
    {
        long earliest = Positions.Max;
        for (var date = first; date < first.PlusDays(14) && earliest == Positions.Max; date = date.PlusDays(1))
        {
            foreach (var range in _schedule.ClosableOn(date))
            {
                earliest = Math.Min(earliest, Math.Max(BlockBuilder.Resolve(Zone, date, range).Start, Positions.Min));
            }
        }

        return earliest == Positions.Max ? Clamp(Zone.AtStartOfDay(first).ToInstant()) : earliest;
    }

    /// <summary>Throws unless the answer for positions <paramref name="from"/> to <paramref name="to"/> depends only on known holidays.</summary>
    private void CheckKnown(long from, long to, string operation)
    {
        if (from < _knownStart || to > _knownEnd)
        {
            throw UnknownHolidaysError(from, to, operation);
        }
    }

    /// <summary>Throws unless the holidays of <paramref name="date"/> are known.</summary>
    private void CheckKnown(LocalDate date, string operation)
    {
        if (HolidayCalendar is { UnknownHolidays: UnknownHolidays.Throw } holidays && (date < holidays.KnownFrom || date > holidays.KnownThrough))
        {
            throw holidays.UnknownError(new DateInterval(date, date), $"{operation} in '{this}' needs the holidays of {MessageText.Of(date)}");
        }
    }

    private HolidayDataUnavailableException UnknownHolidaysError(long from, long to, string operation)
    {
        var holidays = HolidayCalendar!;
        var start = Positions.ToInstant(from);
        var end = Positions.ToInstant(Math.Max(from, to));
        var first = start.InZone(Zone).Date;
        var last = end.InZone(Zone).Date;
        if (from < _knownStart && first >= holidays.KnownFrom)
        {
            first = holidays.KnownFrom.PlusDays(-1);
        }

        if (to > _knownEnd && last <= holidays.KnownThrough)
        {
            last = holidays.KnownThrough.PlusDays(1);
        }

        return holidays.UnknownError(
            new DateInterval(first, last < first ? first : last),
            $"{operation} from {MessageText.Of(start)}{(to > from ? $" to {MessageText.Of(end)}" : string.Empty)} in '{this}' depends on the holidays of {MessageText.Of(first)} to {MessageText.Of(last)} in {Zone.Id}");
    }

    private static long Clamp(Instant instant) =>
        instant <= Positions.MinInstant ? Positions.Min : instant >= Positions.MaxInstant ? Positions.Max : Positions.Of(instant);
}
