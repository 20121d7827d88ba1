using System.Collections.Immutable;
using System.Globalization;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Agreements.Validation;

/// <summary>
/// KPO2002 and KPO3007: the service's delivery shifts against its coverage window, measured with
/// <see cref="CoverageAnalysis"/>. Each centre counts with the union of its team members' shifts
/// (in the centre's zone, with its holidays); without a team, with the union of all its shifts.
/// </summary>
internal static class CoverageCheck
{
    private static readonly LocalDate s_first = new(1900, 1, 1);
    private static readonly LocalDate s_last = new(2149, 12, 31);

    /// <summary>
    /// The dates coverage is measured on: from the date (the term's start when the date is outside
    /// the term) for at most <paramref name="days"/> days within the term, and within the years
    /// business calendars cover (1900–2149); null when nothing is left.
    /// </summary>
    public static DateInterval? Horizon(DateInterval term, LocalDate date, int days)
    {
        var start = date < term.Start || date > term.End ? term.Start : date;
        if (start > s_last)
        {
            // Nothing to measure, and adding the days could pass the last date NodaTime has (9999-12-31).
            return null;
        }

        var end = start.PlusDays(days - 1);
        end = end < term.End ? end : term.End;
        start = start < s_first ? s_first : start;
        end = end > s_last ? s_last : end;
        return start <= end ? new DateInterval(start, end) : null;
    }

    /// <summary>
    /// KPO2002 and KPO3007 on the part of <paramref name="dates"/> whose built-in holidays every
    /// calendar knows; a KPO0009 warning when that leaves dates unmeasured, rather than a silently
    /// shorter horizon.
    /// </summary>
    public static void Check(ServiceAgreement agreement, AgreedService service, ImmutableArray<(int Index, DeliveryCenter Center)> centers, string path, string description, DateInterval? dates, ViolationList violations, CoverageCache cache)
    {
        if (dates is null)
        {
            return;
        }

        var limiting = new List<HolidayCalendar>();
        var coverage = Measure(agreement, service, centers, dates, cache, limiting);
        if (coverage is not null)
        {
            Report(coverage, path, description, violations);
        }

        var measured = coverage?.Analysis.Dates;
        if (limiting.Count > 0 && !dates.Equals(measured))
        {
            string what = measured is null
                ? $"coverage is not measured on {dates.Start:uuuu-MM-dd} to {dates.End:uuuu-MM-dd}"
                : $"coverage is measured on {measured.Start:uuuu-MM-dd} to {measured.End:uuuu-MM-dd} only, not on all of {dates.Start:uuuu-MM-dd} to {dates.End:uuuu-MM-dd}";
            string known = string.Join("; ", limiting.Distinct().Select(h => $"{h.Jurisdiction?.Code ?? h.ToString()} known {h.KnownFrom:uuuu-MM-dd} to {h.KnownThrough:uuuu-MM-dd}"));
            violations.Add(path, DiagnosticIds.NoBuiltInHolidays, RuleSeverity.Warning,
                $"{description}: {what}, because the built-in holidays beyond are not known ({known}); they are not guessed. List those holidays in Holidays, or validate on a date the data knows.");
        }
    }

    /// <summary>
    /// Measures the service's coverage: by its team's shifts, or by its centres' shifts when it has
    /// no team. Calendars and analyses come from <paramref name="cache"/>, shared by the services
    /// of one validation.
    /// </summary>
    /// <exception cref="HolidayDataUnavailableException">A calendar's built-in holidays are not known for <paramref name="dates"/>.</exception>
    public static ServiceCoverage Measure(ServiceAgreement agreement, AgreedService service, IEnumerable<(int Index, DeliveryCenter Center)> centers, DateInterval dates, CoverageCache? cache = null) =>
        Measure(agreement, service, centers, dates, cache ?? new CoverageCache(), limiting: null)!;

    /// <summary>
    /// Measures coverage; given <paramref name="limiting"/>, only on the part of <paramref name="dates"/>
    /// whose built-in holidays every calendar knows (validation never throws), null when none is left,
    /// adding to <paramref name="limiting"/> the holiday calendars whose known years cut the dates.
    /// </summary>
    private static ServiceCoverage? Measure(ServiceAgreement agreement, AgreedService service, IEnumerable<(int Index, DeliveryCenter Center)> centers, DateInterval dates, CoverageCache cache, List<HolidayCalendar>? limiting)
    {
        var window = service.Coverage ?? agreement.Client.BusinessHours;
        bool byTeam = !service.Team.IsEmpty;
        var calendars = byTeam ? TeamCalendars(agreement.Provider, service.Team, cache) : CenterCalendars(centers.Select(c => c.Center), cache);
        var client = cache.Calendar(window.Zone, window.Hours, window.Holidays, window.PublicHolidays);
        if (limiting is null)
        {
            return new ServiceCoverage(window, byTeam, calendars, cache.Analysis(client, dates, calendars, () => Analyze(client, dates, calendars)));
        }

        BusinessCalendar[] all = [client, .. calendars.Select(c => c.Calendar)];
        if (KnownPart(dates, all, limiting) is not { } known)
        {
            return null;
        }

        try
        {
            return new ServiceCoverage(window, byTeam, calendars, cache.Analysis(client, known, calendars, () => Analyze(client, known, calendars)));
        }
        catch (HolidayDataUnavailableException)
        {
            // A shift reaching across the margin into an unknown date: not measured rather than guessed.
            limiting.AddRange(StrictHolidays(all));
            return null;
        }
    }

    /// <summary>
    /// The dates, less two days at either end of every calendar's known holidays (zones and night
    /// shifts reach a day or two across); the calendars that cut them are added to <paramref name="limiting"/>.
    /// </summary>
    private static DateInterval? KnownPart(DateInterval dates, IEnumerable<BusinessCalendar> calendars, List<HolidayCalendar> limiting)
    {
        var (start, end) = (dates.Start, dates.End);
        foreach (var holidays in StrictHolidays(calendars))
        {
            if (holidays.KnownFrom > LocalDate.MinIsoValue && holidays.KnownFrom.PlusDays(2) > start)
            {
                start = holidays.KnownFrom.PlusDays(2);
                limiting.Add(holidays);
            }

            if (holidays.KnownThrough < LocalDate.MaxIsoValue && holidays.KnownThrough.PlusDays(-2) < end)
            {
                end = holidays.KnownThrough.PlusDays(-2);
                limiting.Add(holidays);
            }
        }

        return start <= end ? new DateInterval(start, end) : null;
    }

    private static IEnumerable<HolidayCalendar> StrictHolidays(IEnumerable<BusinessCalendar> calendars) =>
        calendars.Select(c => c.HolidayCalendar).OfType<HolidayCalendar>().Where(h => h.UnknownHolidays == UnknownHolidays.Throw);

    public static void Report(ServiceCoverage coverage, string path, string description, ViolationList violations)
    {
        var analysis = coverage.Analysis;
        if (analysis.Required == Duration.Zero)
        {
            return;
        }

        string at = coverage.ByTeam ? $"{path}.team" : $"{path}.centers";
        string who = coverage.ByTeam ? "the team's shifts" : "the shifts of its delivery centres";
        string scope = $"{Hours(analysis.Required)} h of {coverage.Window} on {analysis.Dates.Start:uuuu-MM-dd} to {analysis.Dates.End:uuuu-MM-dd}";
        if (analysis.Covered == Duration.Zero)
        {
            violations.Add(at, DiagnosticIds.NoShiftOverlap,
                $"{description}: {who} ({Describe(coverage.Calendars)}) do not overlap the coverage window at all: none of {scope} is covered.");
        }
        else if (analysis.Uncovered > Duration.Zero)
        {
            string share = (1 - analysis.CoveredShare).ToString("P1", CultureInfo.InvariantCulture);
            int gaps = analysis.Gaps.Count;
            violations.Add(at, DiagnosticIds.ShiftDoesNotCoverWindow,
                $"{description}: {who} leave {Hours(analysis.Uncovered)} h ({share}) of {scope} uncovered in {gaps} {(gaps == 1 ? "gap" : "gaps")}; the first is {analysis.Gaps[0]}.");
        }
    }

    /// <summary>
    /// Measures coverage by <paramref name="centers"/>; with none, against a calendar that is never
    /// open, so that the required time is still measured. Only the first 63 centres count
    /// (<see cref="CoverageAnalysis"/>'s limit).
    /// </summary>
    public static CoverageAnalysis Analyze(BusinessCalendar client, DateInterval dates, ImmutableArray<DeliveryCalendar> centers) =>
        CoverageAnalysis.Analyze(client, dates, centers.IsEmpty
            ? [new DeliveryCalendar("(none)", BusinessCalendar.Create(client.Zone, WeeklyHours.Closed))]
            : centers.Take(63));

    /// <summary>
    /// One calendar per centre of the team: the union of its members' shifts there (each distinct
    /// shift once: a union is the same however often a shift repeats, and a team of thousands works
    /// a handful of shifts). Members at unknown centres are left out (KPO1004 reports them).
    /// </summary>
    public static ImmutableArray<DeliveryCalendar> TeamCalendars(Provider provider, IEnumerable<StaffMember> team, CoverageCache cache)
    {
        // One pass, centres in order of first appearance; a staffing plan's team is thousands strong.
        var shifts = new Dictionary<string, HashSet<WeeklyHours>?>(StringComparer.Ordinal);
        var centers = new List<(DeliveryCenter Center, HashSet<WeeklyHours> Shifts)>();
        foreach (var member in team)
        {
            if (!shifts.TryGetValue(member.Center, out var distinct))
            {
                var center = provider.FindCenter(member.Center);
                shifts[member.Center] = distinct = center is null ? null : [];
                if (center is not null)
                {
                    centers.Add((center, distinct!));
                }
            }

            distinct?.Add(member.Shift);
        }

        return [.. centers.Select(c => CalendarOf(c.Center, c.Shifts.Aggregate((a, b) => a.Union(b)), cache))];
    }

    /// <summary>One calendar per centre: the union of all its shifts (never open when it has none).</summary>
    public static ImmutableArray<DeliveryCalendar> CenterCalendars(IEnumerable<DeliveryCenter> centers, CoverageCache cache) =>
        [.. centers.DistinctBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => CalendarOf(c, c.Shifts.Select(s => s.Hours).Aggregate(WeeklyHours.Closed, (a, b) => a.Union(b)), cache))];

    private static DeliveryCalendar CalendarOf(DeliveryCenter center, WeeklyHours hours, CoverageCache cache) =>
        new(center.Name, cache.Calendar(center.Zone, hours, center.Holidays, center.PublicHolidays));

    private static string Describe(ImmutableArray<DeliveryCalendar> calendars) =>
        calendars.IsEmpty ? "none" : string.Join("; ", calendars.Select(c => $"{c.Name}: {c.Calendar.Hours} {c.Calendar.Zone.Id}"));

    private static string Hours(Duration duration) => duration.TotalHours.ToString("0.#", CultureInfo.InvariantCulture);
}
