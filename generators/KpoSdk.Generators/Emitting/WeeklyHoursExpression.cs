using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>
/// The C# that rebuilds parsed weekly hours, as a reviewer would write it: one
/// <c>WeeklyHours.Create</c> per distinct range over the days that share it (a run of days as
/// first and last, wrapping past Sunday), joined with <c>Union</c>.
/// </summary>
internal static class WeeklyHoursExpression
{
    private const string WeeklyHours = "global::KpoSdk.Time.WeeklyHours";

    /// <summary>The expression's lines: the first is the expression, the rest continue it with <c>.Union(…)</c>.</summary>
    public static IReadOnlyList<string> Lines(CoverageModel coverage)
    {
        if (coverage.IsAlwaysOpen || coverage.Ranges.IsEmpty)
        {
            return [WeeklyHours + "." + (coverage.IsAlwaysOpen ? "AlwaysOpen" : "Closed")];
        }

        var parts = new List<string>();
        foreach (var group in coverage.Ranges.GroupBy(r => (r.Start, r.End)).OrderBy(g => g.Min(r => r.IsoDay)).ThenBy(g => g.Key.Start))
        {
            var days = group.Select(r => r.IsoDay).OrderBy(d => d).ToList();
            parts.AddRange(group.Key.End - group.Key.Start > 1440 ? days.Select(d => Longer(d, group.Key.Start, group.Key.End)) : [Create(days, group.Key.Start, group.Key.End)]);
        }

        return [parts[0], .. parts.Skip(1).Select(p => "    .Union(" + p + ")")];
    }

    private static string Create(List<int> days, int start, int end)
    {
        string hours = Literals.Time(start) + ", " + Literals.Time(end % 1440);
        if (Run(days) is var (first, last))
        {
            return WeeklyHours + ".Create(" + Literals.Day(first) + ", " + Literals.Day(last) + ", " + hours + ")";
        }

        return WeeklyHours + ".Create(new global::NodaTime.IsoDayOfWeek[] { " + string.Join(", ", days.Select(Literals.Day)) + " }, " + hours + ")";
    }

    /// <summary>A range longer than a day, which only merging can make, written with its length.</summary>
    private static string Longer(int day, int start, int end) =>
        WeeklyHours + ".Create(new global::KpoSdk.Time.WeeklyRange[] { new global::KpoSdk.Time.WeeklyRange(" + Literals.Day(day)
        + ", global::KpoSdk.Time.TimeRange.FromStartAndLength(" + Literals.Time(start) + ", global::NodaTime.Duration.FromMinutes(" + Literals.Number(end - start) + "))) })";

    /// <summary>The first and last day when <paramref name="days"/> are consecutive (Sunday is followed by Monday); null otherwise.</summary>
    private static (int First, int Last)? Run(List<int> days)
    {
        if (days.Count == 7)
        {
            return (1, 7);
        }

        foreach (int first in days)
        {
            if (days.Contains(Previous(first)))
            {
                continue;
            }

            int last = first;
            for (int i = 1; i < days.Count; i++)
            {
                last = Next(last);
                if (!days.Contains(last))
                {
                    return null;
                }
            }

            return (first, last);
        }

        return null;
    }

    private static int Next(int day) => day == 7 ? 1 : day + 1;

    private static int Previous(int day) => day == 1 ? 7 : day - 1;
}
