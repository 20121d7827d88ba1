using System.Globalization;
using KpoSdk.Time.Engine;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class BusinessCalendar
{
    private static readonly LocalDate FirstDate = Positions.MinInstant.InUtc().Date;

    private static readonly LocalDate LastDate = Positions.MaxInstant.InUtc().Date.PlusDays(-1);

    /// <summary>
    /// True when at least one range starts on <paramref name="date"/> (after holidays and
    /// overrides): a night shift's date is the business day it belongs to, whatever the hour it
    /// ends.
    /// </summary>
    /// <exception cref="HolidayDataUnavailableException">The holidays of <paramref name="date"/> are not known (<see cref="HolidayCalendar"/>).</exception>
    public bool IsBusinessDay(LocalDate date)
    {
        CheckKnown(date, "IsBusinessDay");
        return _schedule.On(date).Count > 0;
    }

    /// <summary>
    /// The business day <paramref name="days"/> business days after <paramref name="date"/>
    /// (before it when negative), not counting <paramref name="date"/> itself, which need not be a
    /// business day. Zero returns <paramref name="date"/>. So from a Friday in a Monday-to-Friday
    /// calendar, 1 is the next Monday and -1 the Thursday before.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is outside the calendar's range (1900 to 2149).</exception>
    /// <exception cref="InvalidOperationException">There are not that many business days before the end of the calendar's range (or before its last open override, when its weekly hours are <c>closed</c>).</exception>
    /// <exception cref="HolidayDataUnavailableException">A day counted has holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public LocalDate AddBusinessDays(LocalDate date, int days)
    {
        CheckDate(date, nameof(date));
        return BusinessDaysFrom(date, days);
    }

    /// <summary>
    /// <see cref="AddBusinessDays"/> without checking the starting date, which may be a day
    /// outside the range: an instant near either end of the range has its local date there in
    /// zones far from UTC, and the business days counted from it still lie within the range.
    /// </summary>
    private LocalDate BusinessDaysFrom(LocalDate date, int days)
    {
        int step = days > 0 ? 1 : -1;
        long remaining = Math.Abs((long)days);
        var current = date;
        while (remaining > 0)
        {
            current = current.PlusDays(step);
            if (current < FirstDate || current > LastDate || (_schedule.WeeklyIsEmpty && PastOpenOverrides(current, step)))
            {
                throw new InvalidOperationException(
                    $"The calendar '{this}' has fewer than {Math.Abs((long)days).ToString(CultureInfo.InvariantCulture)} business days {(step > 0 ? "after" : "before")} {MessageText.Of(date)} within its range.");
            }

            if (IsBusinessDay(current))
            {
                remaining--;
            }
        }

        return current;
    }

    /// <summary>
    /// The number of business days from <paramref name="start"/> to <paramref name="end"/>: those
    /// after <paramref name="start"/> up to and including <paramref name="end"/>, or minus those
    /// from <paramref name="end"/> up to but excluding <paramref name="start"/> when
    /// <paramref name="end"/> is earlier. For any business day <c>e</c>,
    /// <c>AddBusinessDays(s, BusinessDaysBetween(s, e)) == e</c>.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A date is outside the calendar's range (1900 to 2149).</exception>
    /// <exception cref="HolidayDataUnavailableException">A day counted has holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public int BusinessDaysBetween(LocalDate start, LocalDate end)
    {
        CheckDate(start, nameof(start));
        CheckDate(end, nameof(end));
        int sign = end >= start ? 1 : -1;
        var (from, to) = sign > 0 ? (start.PlusDays(1), end) : (end, start.PlusDays(-1));
        int count = 0;
        for (var day = from; day <= to; day = day.PlusDays(1))
        {
            if (IsBusinessDay(day))
            {
                count++;
            }
        }

        return sign * count;
    }

    /// <summary>
    /// The deadline <paramref name="businessDays"/> business days after <paramref name="start"/>:
    /// the close of business (the end of the last range) of the business day that many business
    /// days after the local date of <paramref name="start"/> in <see cref="Zone"/>. So a ticket
    /// opened on a Monday, at any hour, is due in <c>P1D</c> when Tuesday's last range ends (in a
    /// Monday-to-Friday calendar), and <c>P0D</c> returns <paramref name="start"/> itself.
    /// </summary>
    /// <remarks>
    /// The period counts business days only: it may have days and nothing else (no weeks, months,
    /// years or time units, whose meaning in business days would be a guess). For business hours
    /// use <see cref="Add(Instant, Duration)"/>; the two kinds of amount are kept apart as in
    /// NodaTime.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="businessDays"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="businessDays"/> has a unit other than days, or negative days.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is outside <see cref="MinInstant"/> to <see cref="MaxInstant"/>.</exception>
    /// <exception cref="InvalidOperationException">There are not that many business days before the end of the calendar's range, or the due day closes after <see cref="MaxInstant"/>.</exception>
    /// <exception cref="HolidayDataUnavailableException">A day counted has holidays of <see cref="HolidayCalendar"/> whose dates are not known.</exception>
    public Instant Add(Instant start, Period businessDays)
    {
        ArgumentNullException.ThrowIfNull(businessDays);
        if (businessDays.Days < 0 || businessDays.Years != 0 || businessDays.Months != 0 || businessDays.Weeks != 0 || businessDays.HasTimeComponent)
        {
            throw new ArgumentException(
                $"A business period counts whole business days only, e.g. P3D; got {businessDays}. Write weeks as days (P10D for two five-day weeks) and add business hours as a Duration.",
                nameof(businessDays));
        }

        Positions.Checked(start, nameof(start));
        if (businessDays.Days == 0)
        {
            return start;
        }

        var due = BusinessDaysFrom(start.InZone(Zone).Date, businessDays.Days);
        var ranges = _schedule.On(due);
        var (_, close) = BlockBuilder.Resolve(Zone, due, ranges[ranges.Count - 1]);
        if (close > Positions.Max)
        {
            throw new InvalidOperationException(
                $"{businessDays.Days.ToString(CultureInfo.InvariantCulture)} business days from {MessageText.Of(start)} in '{this}' end when business closes on {MessageText.Of(due)}, after {MessageText.Of(MaxInstant)}, the end of the range business calendars cover.");
        }

        return Positions.ToInstant(close);
    }

    private bool PastOpenOverrides(LocalDate date, int step) =>
        _schedule.LastOpenOverride is not { } last
        || (step > 0 ? date > last : date < _schedule.FirstOpenOverride!.Value);

    private static void CheckDate(LocalDate date, string parameter)
    {
        if (date < FirstDate || date > LastDate)
        {
            throw new ArgumentOutOfRangeException(parameter, date, $"Business calendars cover dates from {MessageText.Of(FirstDate)} to {MessageText.Of(LastDate)}.");
        }
    }
}
