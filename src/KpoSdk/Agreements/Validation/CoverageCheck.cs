using System.Collections.Immutable;
using System.Globalization;
using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk;

/// <summary>
/// KPO2002 and KPO3007: the service's delivery shifts against its coverage window. The shifts are
/// those of the team members (each in their centre's zone, with the centre's holidays); without a
/// team, every shift of the service's centres.
/// </summary>
internal static class CoverageCheck
{
    private static readonly LocalDateTimePattern s_local = LocalDateTimePattern.CreateWithInvariantCulture("uuuu-MM-dd HH:mm");

    /// <summary>The dates coverage is measured on: from the date (clamped into the term) for at most <paramref name="days"/> days, within the term.</summary>
    public static DateInterval Horizon(DateInterval term, LocalDate date, int days)
    {
        var start = date < term.Start ? term.Start : date > term.End ? term.Start : date;
        var end = start.PlusDays(days - 1);
        return new DateInterval(start, end < term.End ? end : term.End);
    }

    public static void Check(ServiceAgreement agreement, AgreedService service, ImmutableArray<(int Index, DeliveryCenter Center)> centers, string path, string description, DateInterval dates, ViolationList violations)
    {
        var window = service.Coverage ?? agreement.Client.BusinessHours;
        bool byTeam = !service.Team.IsEmpty;
        var calendars = byTeam ? TeamCalendars(agreement.Provider, service.Team) : [.. centers.SelectMany(c => c.Center.ShiftCalendars())];
        string at = byTeam ? $"{path}.team" : $"{path}.deliveredFrom";
        string who = byTeam ? "the team's shifts" : "the shifts of its delivery centres";
        var measure = CoverageMeasure.Of(window.ToCalendar(), dates, calendars);
        if (measure.Required == Duration.Zero)
        {
            return;
        }

        string scope = $"{Hours(measure.Required)} h of {window} on {dates.Start:uuuu-MM-dd} to {dates.End:uuuu-MM-dd}";
        if (measure.Covered == Duration.Zero)
        {
            violations.Add(at, DiagnosticIds.NoShiftOverlap,
                $"{description}: {who} ({Describe(calendars)}) do not overlap the coverage window at all: none of {scope} is covered.");
        }
        else if (measure.Uncovered > Duration.Zero)
        {
            var first = measure.Gaps[0];
            string share = (measure.Uncovered.TotalHours / measure.Required.TotalHours).ToString("P1", CultureInfo.InvariantCulture);
            violations.Add(at, DiagnosticIds.ShiftDoesNotCoverWindow,
                $"{description}: {who} leave {Hours(measure.Uncovered)} h ({share}) of {scope} uncovered in {measure.Gaps.Count} {(measure.Gaps.Count == 1 ? "gap" : "gaps")}; the first is {Local(first.Start, window.Zone)} to {Local(first.End, window.Zone)} {window.Zone.Id}.");
        }
    }

    /// <summary>One calendar per distinct centre and shift of the team; members at unknown centres are left out (KPO1004 reports them).</summary>
    public static ImmutableArray<BusinessCalendar> TeamCalendars(Provider provider, IEnumerable<StaffMember> team) =>
        [.. team.Select(m => (Center: provider.FindCenter(m.Center), m.Shift))
            .Where(x => x.Center is not null)
            .Distinct()
            .Select(x => x.Center!.CalendarOf(x.Shift))];

    private static string Describe(ImmutableArray<BusinessCalendar> calendars) =>
        calendars.IsEmpty ? "none" : string.Join("; ", calendars.Select(c => $"{c.Hours} {c.Zone.Id}").Distinct(StringComparer.Ordinal));

    private static string Local(Instant instant, DateTimeZone zone) => s_local.Format(instant.InZone(zone).LocalDateTime);

    private static string Hours(Duration duration) => duration.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);
}
