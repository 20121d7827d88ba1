using KpoSdk.Knowledge.Text;
using NodaTime;

namespace KpoSdk.Time;

public sealed partial class WeeklyHours
{
    /// <summary>
    /// Weekly hours from ranges in any order; overlapping or touching ranges of the same day merge.
    /// No ranges gives <see cref="Closed"/>.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="ranges"/> is null.</exception>
    /// <exception cref="ArgumentException">A range is <c>default</c>.</exception>
    public static WeeklyHours Create(IEnumerable<WeeklyRange> ranges)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        return FromModel(WeeklyHoursModel.Create(ranges.Select(r => ((int)r.Day, r.Hours.Validated(nameof(ranges))))));
    }

    /// <summary>The same hours on each of <paramref name="days"/>, e.g. Monday to Friday 09:00-17:00.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="days"/> is null.</exception>
    /// <exception cref="ArgumentException">A time is not a whole minute.</exception>
    public static WeeklyHours Create(IEnumerable<IsoDayOfWeek> days, LocalTime start, LocalTime end)
    {
        ArgumentNullException.ThrowIfNull(days);
        var hours = new TimeRange(start, end);
        return Create(days.Select(d => new WeeklyRange(d, hours)));
    }

    /// <summary>
    /// The same hours on every day from <paramref name="first"/> to <paramref name="last"/>,
    /// wrapping past Sunday when <paramref name="last"/> comes before <paramref name="first"/>
    /// (Sunday to Thursday, Saturday to Monday).
    /// </summary>
    public static WeeklyHours Create(IsoDayOfWeek first, IsoDayOfWeek last, LocalTime start, LocalTime end) =>
        Create(DaysFrom(first, last), start, end);

    /// <summary>Both weeks' ranges together, merged per day.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public WeeklyHours Union(WeeklyHours other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Create(_ranges.Concat(other._ranges));
    }

    private static IEnumerable<IsoDayOfWeek> DaysFrom(IsoDayOfWeek first, IsoDayOfWeek last)
    {
        foreach (var day in new[] { first, last })
        {
            if (day < IsoDayOfWeek.Monday || day > IsoDayOfWeek.Sunday)
            {
                throw new ArgumentOutOfRangeException(day == first ? nameof(first) : nameof(last), day, "Expected a day from Monday to Sunday.");
            }
        }

        for (var day = first; ; day = day == IsoDayOfWeek.Sunday ? IsoDayOfWeek.Monday : day + 1)
        {
            yield return day;
            if (day == last)
            {
                yield break;
            }
        }
    }
}
