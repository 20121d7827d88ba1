using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Samples.Acme;

/// <summary>
/// Uncovered stretches that recur at the same local times on nearby dates, reported as one line:
/// "Mon 15 Mar – Fri 26 Mar, 09:00–10:00, 10 days".
/// </summary>
internal sealed record GapRun(LocalDate First, LocalDate Last, LocalTime From, LocalTime To, int Days, Duration Total)
{
    /// <summary>Groups <paramref name="gaps"/> into runs of the same local times, at most a week apart.</summary>
    public static IReadOnlyList<GapRun> Of(IEnumerable<CoverageGap> gaps)
    {
        var runs = new List<GapRun>();
        foreach (var gap in gaps.OrderBy(g => g.Start.ToInstant()))
        {
            var date = gap.Start.Date;
            int open = runs.FindLastIndex(r => r.From == gap.Start.TimeOfDay && r.To == gap.End.TimeOfDay && Period.Between(r.Last, date, PeriodUnits.Days).Days <= 7);
            if (open >= 0)
            {
                var run = runs[open];
                runs[open] = run with { Last = date, Days = run.Days + (date == run.Last ? 0 : 1), Total = run.Total + gap.Duration };
            }
            else
            {
                runs.Add(new GapRun(date, date, gap.Start.TimeOfDay, gap.End.TimeOfDay, 1, gap.Duration));
            }
        }

        return runs;
    }
}
