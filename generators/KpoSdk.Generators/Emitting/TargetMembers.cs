using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>
/// A target's amount and deadline method (<c>ResponseTime</c>, <c>ResponseDeadline</c>), and the
/// interface member that returns the deadline or null when the contract sets no such target.
/// </summary>
internal static class TargetMembers
{
    public static void Emit(CodeWriter code, TargetModel? target, string metric, string when)
    {
        string interfaceMember = "global::NodaTime.Instant? global::KpoSdk.Contracts.IServiceLevelContract." + metric + "Deadline(global::NodaTime.Instant opened)";
        if (target is null)
        {
            code.Member(interfaceMember + " => null;").Line();
            return;
        }

        string type = target.IsDays ? "global::NodaTime.Period" : "global::NodaTime.Duration";
        string amount = target.IsDays
            ? "global::NodaTime.Period.FromDays(" + Literals.Number(target.Days) + ")"
            : Literals.Duration(target.Seconds);
        code.Line("/// <summary>Gets the " + metric.ToLowerInvariant() + " time: " + target.Text + " " + Measure(target) + ".</summary>")
            .Member("public " + type + " " + metric + "Time => " + amount + ";")
            .Line()
            .Line("/// <summary>")
            .Line("/// Gets when " + when + ": " + Due(target))
            .Line("/// </summary>")
            .Line("/// <param name=\"opened\">When the ticket was opened.</param>")
            .Member("public global::NodaTime.Instant " + metric + "Deadline(global::NodaTime.Instant opened) =>")
            .Line("    " + Deadline(target, metric + "Time") + ";")
            .Line()
            .Member(interfaceMember + " => " + metric + "Deadline(opened);")
            .Line();
    }

    private static string Measure(TargetModel target) =>
        (target.IsDays, target.IsCalendarClock) switch
        {
            (false, false) => "of business time on <see cref=\"Coverage\"/>",
            (false, true) => "of elapsed time",
            (true, false) => "in business days of <see cref=\"Coverage\"/>",
            (true, true) => "in calendar days",
        };

    private static string Due(TargetModel target) =>
        (target.IsDays, target.IsCalendarClock) switch
        {
            (false, false) => "the instant at which that much business time has accrued on <see cref=\"Coverage\"/> (DST-exact).",
            (false, true) => "that much elapsed time later, every hour counting.",
            (true, false) => "the close of business of the business day that many business days after the opening date in <see cref=\"Coverage\"/>.",
            (true, true) => "the same local time that many days later in the coverage zone (a time skipped by DST moves past the gap; a repeated one takes the earlier instant).",
        };

    private static string Deadline(TargetModel target, string amount) =>
        (target.IsDays, target.IsCalendarClock) switch
        {
            (_, false) => "s_coverage.Add(opened, " + amount + ")",
            (false, true) => "opened + " + amount,
            (true, true) => "(opened.InZone(s_coverage.Zone).LocalDateTime + " + amount + ").InZoneLeniently(s_coverage.Zone).ToInstant()",
        };
}
