using CsCheck;
using KpoSdk.Fuzz.Tests.Gens;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Fuzz.Tests;

/// <summary>
/// Business calendar arithmetic on any calendar and any instants: only the exceptions each member
/// documents (ArgumentOutOfRangeException outside the range, ArgumentException for a negative or
/// reversed argument, InvalidOperationException when an amount can never accrue), and the laws
/// that tie Add to Between and NextOpen to IsOpen.
/// </summary>
public sealed class BusinessCalendarFuzzTests
{
    private static readonly Type[] Range = [typeof(ArgumentOutOfRangeException)];
    private static readonly Type[] Arguments = [typeof(ArgumentException)];
    private static readonly Type[] Arithmetic = [typeof(ArgumentException), typeof(InvalidOperationException)];

    [Fact]
    public void Queries_and_arithmetic_throw_only_documented_exceptions()
    {
        FuzzBudget.Run(Gen.Select(TimeInputs.Calendar, TimeInputs.Instant, TimeInputs.Instant, TimeInputs.Amount, Gen.Int[-400, 400]), input =>
        {
            var (calendar, a, b, amount, days) = input;
            bool open = false;
            if (Documented.Call("IsOpen", () => open = calendar.IsOpen(a), Range))
            {
                Instant? next = null;
                Documented.NeverThrows("NextOpen", () => next = calendar.NextOpen(a));
                Assert.True(!open || next == a, "NextOpen of an open instant is the instant itself.");
                Documented.NeverThrows("NextClose", () => calendar.NextClose(a));
            }

            Instant due = default;
            if (Documented.Call("Add(Duration)", () => due = calendar.Add(a, amount), Arithmetic))
            {
                Assert.Equal(amount, calendar.Between(a, due));
            }

            Documented.Call("Add(Period)", () => calendar.Add(a, Period.FromDays(Math.Abs(days))), Arithmetic);
            var (from, to) = a <= b ? (a, b) : (b, a);
            Documented.Call("Between", () => calendar.Between(from, to), Arguments);
            Documented.Call("Between reversed", () => calendar.Between(to, from), Arguments);
            Documented.Call("OpenIntervals", () => calendar.OpenIntervals(from, to - from > Duration.FromDays(60) ? from + Duration.FromDays(60) : to).Count(), Arguments);
            var date = from.InUtc().Date;
            Documented.Call("AddBusinessDays", () => calendar.AddBusinessDays(date, days), Arithmetic);
            Documented.Call("BusinessDaysBetween", () => calendar.BusinessDaysBetween(date, to.InUtc().Date), Arguments);
        });
    }

    [Fact]
    public void Coverage_analysis_throws_only_documented_exceptions()
    {
        FuzzBudget.Run(Gen.Select(TimeInputs.Calendar, TimeInputs.Calendar.Array[1, 3], TimeInputs.Date, Gen.Int[0, 120]), input =>
        {
            var (client, centers, start, days) = input;
            var dates = new DateInterval(start, start <= LocalDate.MaxIsoValue.PlusDays(-days) ? start.PlusDays(days) : LocalDate.MaxIsoValue);
            CoverageAnalysis? analysis = null;
            if (Documented.Call("CoverageAnalysis.Analyze", () => analysis = CoverageAnalysis.Analyze(client, dates, centers.Select((c, i) => new DeliveryCalendar("c" + i, c))), Range))
            {
                Assert.Equal(analysis!.Required, analysis.Covered + analysis.Uncovered);
            }
        });
    }
}
