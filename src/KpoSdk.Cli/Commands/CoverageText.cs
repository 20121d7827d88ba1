using System.Globalization;
using KpoSdk.Time;
using NodaTime.Text;

namespace KpoSdk.Cli.Commands;

/// <summary>The text of one service's coverage: required, covered and uncovered time, the first gaps, each centre's part.</summary>
internal static class CoverageText
{
    private static readonly ZonedDateTimePattern s_when = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu HH:mm", NodaTime.DateTimeZoneProviders.Tzdb);

    public static void Write(TextWriter output, ServiceAgreement agreement, int index, CoverageAnalysis analysis)
    {
        var service = agreement.Services[index];
        output.WriteLine($"services[{index}] {service.Service} for {agreement.Client.Jurisdiction}, from {string.Join(", ", service.Centers)}");
        output.WriteLine($"  window     {analysis.Client.Hours} {analysis.Client.Zone.Id}, {analysis.Client.Holidays.Count} holidays");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  required   {analysis.Required.TotalHours:N1} h; covered {analysis.Covered.TotalHours:N1} h ({analysis.CoveredShare:P1}); uncovered {analysis.Uncovered.TotalHours:N1} h on {(analysis.UncoveredDates.Count == 1 ? "1 day" : $"{analysis.UncoveredDates.Count} days")}"));
        foreach (var gap in analysis.Gaps.Take(8))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  gap        {s_when.Format(gap.Start)} – {gap.End.TimeOfDay:HH:mm} ({gap.Duration.TotalHours:0.##} h)"));
        }

        if (analysis.Gaps.Count > 8)
        {
            output.WriteLine($"  …          and {analysis.Gaps.Count - 8} more gaps");
        }

        foreach (var center in analysis.Centers)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  centre     {center.Name}: open {center.Open.TotalHours:N1} h, covering {center.Covered.TotalHours:N1} h, alone {center.Exclusive.TotalHours:N1} h"));
        }
    }
}
