using CsCheck;
using KpoSdk.Fuzz.Tests.Gens;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Fuzz.Tests;

/// <summary>iCalendar loading and expansion: ICalendarFormatException or holidays, in bounded time, for any range up to the ends of LocalDate.</summary>
public sealed class ICalendarFuzzTests
{
    private static readonly Gen<DateInterval> Range = Gen.Select(TimeInputs.Date, Gen.Int[0, 800]).Select((start, days) =>
        new DateInterval(start, start <= LocalDate.MaxIsoValue.PlusDays(-days) ? start.PlusDays(days) : LocalDate.MaxIsoValue));

    [Fact]
    public void Files_load_or_throw_ICalendarFormatException_and_expand_in_bounded_time()
    {
        FuzzBudget.Run(Gen.Select(ICalendarText.Calendar, Range, Gen.Bool), input =>
        {
            var (text, range, wide) = input;
            HolidayCalendar? calendar = null;
            if (!Documented.Call("FromICalendar", () => calendar = HolidayCalendar.FromICalendar(text), typeof(ICalendarFormatException)))
            {
                return;
            }

            var dates = wide ? new DateInterval(new LocalDate(1900, 1, 1), new LocalDate(2149, 12, 31)) : range;
            IReadOnlyList<Holiday> holidays = [];
            if (Documented.Call($"Occurrences({dates})", () => holidays = calendar!.Occurrences(dates), typeof(ICalendarFormatException)))
            {
                Assert.All(holidays, h => Assert.InRange(h.Date, dates.Start, dates.End));
                Assert.True(holidays.Zip(holidays.Skip(1)).All(p => p.First.CompareTo(p.Second) <= 0), "Occurrences are ordered by date, then name.");
            }
        }, input => ParseFuzzTests.Show(input.Item1));
    }
}
