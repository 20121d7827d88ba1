using System.CommandLine;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Cli.Commands;

/// <summary>
/// <c>kpo deadline &lt;agreement&gt; --service N --opened &lt;instant&gt; --within &lt;PT4H|P3D&gt;</c>:
/// when an amount of business time (or a number of business days) runs out on the service's
/// window (its coverage, else the client's business hours, with their holidays).
/// </summary>
internal static class DeadlineCommand
{
    private static readonly ZonedDateTimePattern s_when = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM uuuu HH:mm x", DateTimeZoneProviders.Tzdb);

    public static Command Create(CliConsole console)
    {
        var agreement = new Argument<string>("agreement") { Description = "An agreement document (.json)." };
        var service = new Option<int>("--service") { Description = "The index of the service in the agreement's services (0 for the first).", Required = true };
        var opened = new Option<string>("--opened") { Description = "When the ticket was opened: ISO 8601 with an offset, e.g. 2026-03-06T15:00-05:00 or 2026-03-06T20:00Z.", Required = true };
        var within = new Option<string>("--within") { Description = "The target: business time (PT4H, PT1H30M) or business days (P3D).", Required = true };
        var command = new Command("deadline", "Compute an SLA deadline on a service's business calendar, exact across DST changes and holidays.") { agreement, service, opened, within };
        command.SetAction(parse =>
        {
            var read = Inputs.Agreement(parse.GetValue(agreement)!);
            int index = parse.GetValue(service);
            if (index < 0 || index >= read.Services.Length)
            {
                throw new UsageException($"--service {index} names no service; the agreement has {read.Services.Length} (0 to {read.Services.Length - 1}).");
            }

            var start = Inputs.Instant(parse.GetValue(opened)!, "--opened");
            string target = parse.GetValue(within)!;
            var agreed = read.Services[index];
            var window = agreed.Coverage ?? read.Client.BusinessHours;
            var calendar = window.ToCalendar();
            var due = Amount(target) is { } amount ? calendar.Add(start, amount) : calendar.Add(start, Days(target));
            var zone = calendar.Zone;
            console.Out.WriteLine($"Service   services[{index}] {agreed.Service} for {read.Client}");
            console.Out.WriteLine($"Window    {window} ({window.Holidays.Length} holidays)");
            console.Out.WriteLine($"Opened    {s_when.Format(start.InZone(zone))} ({start})");
            console.Out.WriteLine($"Within    {target} of business {(Amount(target) is null ? "days" : "time")}");
            console.Out.WriteLine($"Due       {s_when.Format(due.InZone(zone))} ({due})");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>A time-only ISO 8601 duration (PT4H) as business time; null for a days-only one.</summary>
    private static Duration? Amount(string text)
    {
        var period = Parse(text);
        return period.HasTimeComponent && !period.HasDateComponent && period.ToDuration() > Duration.Zero ? period.ToDuration() : null;
    }

    private static Period Days(string text)
    {
        var period = Parse(text);
        return period.HasDateComponent && !period.HasTimeComponent && period.Years == 0 && period.Months == 0 && period.Weeks == 0 && period.Days > 0
            ? period
            : throw new UsageException($"--within '{Inputs.Cut(text)}' is neither business time with time units only (PT4H, PT1H30M) nor business days with days only (P3D).");
    }

    private static Period Parse(string text)
    {
        var parsed = PeriodPattern.Roundtrip.Parse(text);
        return parsed.Success ? parsed.Value : throw new UsageException($"--within '{Inputs.Cut(text)}' is not an ISO 8601 duration; expected e.g. PT4H (business time) or P3D (business days).");
    }
}
