using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Time;

public class BusinessCalendarThreadingTests
{
    [Fact]
    public void One_calendar_shared_by_threads_answers_as_a_single_thread_does()
    {
        static BusinessCalendar Build() =>
            BusinessCalendar.Create("Asia/Kolkata", "Mon-Fri 18:30-03:30; Sat 10:00-14:00")
                .WithHolidays([new LocalDate(2026, 1, 26), new LocalDate(2026, 8, 15), new LocalDate(2027, 10, 2)]);

        // Instants spread over six years, so the threads race to build many blocks.
        var random = new Random(20250707);
        var instants = Enumerable.Range(0, 4000)
            .Select(_ => Instant.FromUtc(2024, 1, 1, 0, 0) + Duration.FromMinutes(random.NextInt64(6L * 365 * 24 * 60)))
            .ToArray();

        static (bool, Instant?, Instant?, Instant, Duration)[] Answers(BusinessCalendar calendar, Instant[] instants, int first, int step)
        {
            var answers = new (bool, Instant?, Instant?, Instant, Duration)[instants.Length];
            for (int i = first; i < instants.Length; i += step)
            {
                var t = instants[i];
                var due = calendar.Add(t, Duration.FromHours(4 + (i % 300)));
                answers[i] = (calendar.IsOpen(t), calendar.NextOpen(t), calendar.NextClose(t), due, calendar.Between(t, t + Duration.FromDays(i % 400)));
            }

            return answers;
        }

        var expected = Answers(Build(), instants, 0, 1);

        var shared = Build();
        const int threads = 8;
        var start = new Barrier(threads);
        var results = new (bool, Instant?, Instant?, Instant, Duration)[threads][];
        var workers = Enumerable.Range(0, threads).Select(n => new Thread(() =>
        {
            start.SignalAndWait();
            results[n] = Answers(shared, instants, n, threads);
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        for (int i = 0; i < instants.Length; i++)
        {
            Assert.Equal(expected[i], results[i % threads][i]);
        }
    }
}
