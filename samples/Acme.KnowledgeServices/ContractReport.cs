using System.Globalization;
using KpoSdk.Rules;
using KpoSdk.Sla;
using KpoSdk.Time;
using NodaTime;
using NodaTime.Text;

namespace KpoSdk.Samples.Acme;

/// <summary>The readable report: each contract, its staffing, its 2026 coverage and sample SLA deadlines.</summary>
internal static class ContractReport
{
    private static readonly ZonedDateTimePattern When = ZonedDateTimePattern.CreateWithInvariantCulture("ddd d MMM HH:mm x", DateTimeZoneProviders.Tzdb);
    /// <summary>Enough gap lines for a centre's year of public holidays (Pune's Diwali is in November).</summary>
    private const int MaxRuns = 16;

    private static readonly LocalDatePattern Day = LocalDatePattern.CreateWithInvariantCulture("ddd d MMM");

    /// <summary>Writes the report for <paramref name="contracts"/>.</summary>
    public static void Write(TextWriter output, IReadOnlyList<ContractCoverage> contracts)
    {
        output.WriteLine("Acme Knowledge Services — service-level contracts, 2026");
        output.WriteLine($"Centers: {string.Join("; ", AcmeCenters.All.Select(c => $"{c.Name} ({c.Jurisdiction.Code}, {c.Engagement}, {c.Zone})"))}");
        foreach (var center in AcmeCenters.All.Where(c => c.Holidays.UnknownHolidays == UnknownHolidays.Omit))
        {
            output.WriteLine($"Note: {center.Name}'s public holidays are published through {center.Holidays.KnownThrough:uuuu-MM-dd}; later ones without a date yet count as working days.");
        }

        output.WriteLine();
        output.WriteLine($"{"contract",-26} {"client",-7} {"from",-16} {"staff",5} {"covered",8} {"uncovered",10}");
        foreach (var coverage in contracts)
        {
            var analysis = coverage.Analysis;
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{coverage.Contract.GetType().Name,-26} {coverage.Contract.Client.Code,-7} {string.Join(", ", coverage.Centers.Select(c => c.Name)),-16} {coverage.Qualified.Count(),5} {(analysis is null ? "none" : analysis.CoveredShare.ToString("P1", CultureInfo.InvariantCulture)),8} {(analysis is null ? "all" : $"{analysis.Uncovered.TotalHours:N1} h"),10}"));
        }

        output.WriteLine();
        foreach (var coverage in contracts)
        {
            WriteContract(output, coverage);
            output.WriteLine();
        }
    }

    private static void WriteContract(TextWriter output, ContractCoverage coverage)
    {
        var contract = coverage.Contract;
        output.WriteLine($"== {contract.GetType().Name}: {contract.Service} for {contract.Client.Code}, from {string.Join(" ", contract.DeliveredFrom.Select(j => j.Code))}");
        output.WriteLine($"   Window      {contract.Coverage.Hours} {contract.Coverage.Zone.Id}; {coverage.ClientHolidays.Between(ContractCoverage.Year).Count} client holidays in 2026 ({coverage.ClientHolidays})");
        output.WriteLine($"   Targets     {string.Join("; ", contract.Targets.Select(Describe))}");
        var violations = contract.Validate(ContractCoverage.Year.Start, RuleSet.Default);
        output.WriteLine($"   Rules       {(violations.Count == 0 ? "no rule is broken on 2026-01-01" : string.Join("; ", violations.Select(v => $"{v.RuleId} {v.Message}")))}");

        WriteStaffing(output, coverage);
        WriteCoverage(output, coverage);
        WriteTickets(output, coverage);
    }

    private static void WriteStaffing(TextWriter output, ContractCoverage coverage)
    {
        int qualified = coverage.Qualified.Count();
        output.WriteLine($"   Staff       {qualified} of {coverage.Candidates.Count} qualify: {string.Join(", ", coverage.Qualified.Select(m => $"{m.Name} ({m.Center}, {m.Shift})"))}");
        foreach (var (member, reasons) in coverage.Candidates.Where(c => c.Reasons.Count > 0))
        {
            output.WriteLine($"               not {member.Name} ({member.Center}): {reasons[0].RuleId} {reasons[0].Message}");
        }
    }

    private static void WriteCoverage(TextWriter output, ContractCoverage coverage)
    {
        if (coverage.Analysis is not { } analysis)
        {
            output.WriteLine("   Coverage    STAFFING GAP: no qualified staff, nothing is covered");
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"   Coverage    {analysis.Required.TotalHours:N0} h required, {analysis.CoveredShare:P1} covered; {analysis.Uncovered.TotalHours:N1} h uncovered on {Days(analysis.UncoveredDates.Count)}"));
        var runs = GapRuns(coverage);
        foreach (var run in runs.Take(MaxRuns))
        {
            string note = Cause(coverage, run.First) is { } cause ? "  " + cause : "";
            string dates = run.First == run.Last ? Day.Format(run.First) : $"{Day.Format(run.First)} – {Day.Format(run.Last)}";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"               gap {dates,-24} {run.From:HH:mm}–{run.To:HH:mm}  {Days(run.Days),8} {run.Total.TotalHours,6:N1} h{note}"));
        }

        if (runs.Count > MaxRuns)
        {
            output.WriteLine($"               … and {runs.Count - MaxRuns} more");
        }
    }

    /// <summary>Why the qualified staff miss the client's hours on <paramref name="date"/>, where the sample can tell.</summary>
    private static string? Cause(ContractCoverage coverage, LocalDate date)
    {
        var closed = coverage.Centers.Select(c => (c.Name, Holidays: c.HolidaysOn(date))).Where(c => c.Holidays.Count > 0).ToList();
        if (closed.Count > 0)
        {
            return $"holiday in {string.Join(", ", closed.Select(c => $"{c.Name} ({c.Holidays[0].Name})"))}";
        }

        var mismatched = coverage.Centers.Where(c => ClockChanges.AreMismatched(date, coverage.Contract.Coverage.Zone, c.TimeZone)).Select(c => c.Name).ToList();
        return mismatched.Count > 0 ? $"DST mismatch: {coverage.Contract.Coverage.Zone.Id} and {string.Join(", ", mismatched)} change clocks on different dates" : null;
    }

    private static IReadOnlyList<GapRun> GapRuns(ContractCoverage coverage) =>
        coverage.Analysis is { } analysis ? GapRun.Of(analysis.Gaps) : [];

    private static void WriteTickets(TextWriter output, ContractCoverage coverage)
    {
        output.WriteLine($"   Tickets     {"opened before",-26} {"at (client time)",-22} {"response due",-22} resolution due");
        foreach (var (label, opened) in SampleTickets.For(coverage.ClientCalendar, coverage.ClientHolidays))
        {
            var zone = coverage.ClientCalendar.Zone;
            string Due(SlaMetric metric) => coverage.Contract.Targets.FirstOrDefault(t => t.Metric == metric) is { } target
                ? When.Format(Deadline(target, coverage.ClientCalendar, opened).InZone(zone))
                : "—";
            output.WriteLine($"               {label,-26} {When.Format(opened.InZone(zone)),-22} {Due(SlaMetric.FirstResponse),-22} {Due(SlaMetric.Resolution)}");
        }
    }

    /// <summary>The deadline of <paramref name="target"/> counted on the client's calendar with its holidays.</summary>
    private static Instant Deadline(ServiceLevelTarget target, BusinessCalendar client, Instant opened) =>
        target switch
        {
            { Basis: SlaClockBasis.CalendarTime, Amount: { } amount } => opened + amount,
            { Amount: { } amount } => client.Add(opened, amount),
            { BusinessDays: { } days } => client.Add(opened, days),
            _ => throw new InvalidOperationException($"Target {target} has neither an amount nor business days."),
        };

    private static string Describe(ServiceLevelTarget target) => target switch
    {
        { Amount: { } amount } => string.Create(CultureInfo.InvariantCulture, $"{target.Metric} within {amount.TotalHours:0.#} h ({(target.Basis == SlaClockBasis.CalendarTime ? "calendar time" : "business hours")})"),
        { BusinessDays: { } days } => $"{target.Metric} within {days.Days} business {(days.Days == 1 ? "day" : "days")}",
        _ => target.ToString(),
    };

    private static string Days(int count) => count == 1 ? "1 day" : $"{count} days";
}
