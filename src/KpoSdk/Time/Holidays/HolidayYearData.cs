using NodaTime;

namespace KpoSdk.Time.Holidays;

/// <summary>One year of a calendar's holidays, computed once: every holiday (ordered by date, then name) and the distinct closed dates.</summary>
internal sealed class HolidayYearData
{
    public HolidayYearData(Holiday[] holidays)
    {
        Holidays = holidays;
        var closed = new List<LocalDate>(holidays.Length);
        foreach (var holiday in holidays)
        {
            if (closed.Count == 0 || closed[^1] != holiday.Date)
            {
                closed.Add(holiday.Date);
            }
        }

        Closed = [.. closed];
    }

    public Holiday[] Holidays { get; }

    public LocalDate[] Closed { get; }

    public bool IsClosed(LocalDate date) => Array.BinarySearch(Closed, date) >= 0;
}
