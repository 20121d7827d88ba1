using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Benchmarks.Time;

/// <summary>The calendar and start instants every time benchmark uses.</summary>
internal static class BenchmarkCalendars
{
    /// <summary>US federal holidays (observed dates) 2025 to 2027.</summary>
    private static readonly LocalDate[] UsHolidays =
    [
        new(2025, 1, 1), new(2025, 1, 20), new(2025, 2, 17), new(2025, 5, 26), new(2025, 6, 19), new(2025, 7, 4),
        new(2025, 9, 1), new(2025, 10, 13), new(2025, 11, 11), new(2025, 11, 27), new(2025, 12, 25),
        new(2026, 1, 1), new(2026, 1, 19), new(2026, 2, 16), new(2026, 5, 25), new(2026, 6, 19), new(2026, 7, 3),
        new(2026, 9, 7), new(2026, 10, 12), new(2026, 11, 11), new(2026, 11, 26), new(2026, 12, 25),
        new(2027, 1, 1), new(2027, 1, 18), new(2027, 2, 15), new(2027, 5, 31), new(2027, 6, 18), new(2027, 7, 5),
        new(2027, 9, 6), new(2027, 10, 11), new(2027, 11, 11), new(2027, 11, 25), new(2027, 12, 24),
    ];

    /// <summary>A New York client's business hours with US holidays.</summary>
    public static BusinessCalendar NewYorkClient() =>
        BusinessCalendar.Create("America/New_York", "Mon-Fri 09:00-17:00").WithHolidays(UsHolidays);

    /// <summary><paramref name="count"/> instants spread over 2025 (fixed seed), on whole minutes.</summary>
    public static Instant[] Starts(int count)
    {
        var random = new Random(3);
        var first = Instant.FromUtc(2025, 1, 1, 0, 0);
        return Enumerable.Range(0, count).Select(_ => first + Duration.FromMinutes(random.Next(365 * 24 * 60))).ToArray();
    }

    /// <summary>Throws when two candidates disagree, so a benchmark never times a wrong answer.</summary>
    public static void Same<T>(string what, T[] expected, T[] actual)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (!EqualityComparer<T>.Default.Equals(expected[i], actual[i]))
            {
                throw new InvalidOperationException($"{what} disagrees at {i}: {expected[i]} vs {actual[i]}.");
            }
        }
    }
}
