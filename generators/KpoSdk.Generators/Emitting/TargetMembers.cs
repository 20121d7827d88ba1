using KpoSdk.Generators.Models;

namespace KpoSdk.Generators.Emitting;

/// <summary>
/// A target's field and members: the <c>ServiceLevelTarget</c>, its typed amount, the deadline
/// and the status of an SLA clock (<c>ResponseTarget</c>, <c>ResponseTime</c>,
/// <c>ResponseDeadline</c>, <c>ResponseStatus</c>), and the interface members over all targets.
/// </summary>
internal static class TargetMembers
{
    private const string Sla = "global::KpoSdk.Sla.";
    private const string Instant = "global::NodaTime.Instant";

    /// <summary>The static field holding the target, built on the coverage calendar.</summary>
    public static void EmitField(CodeWriter code, TargetModel? target, string metric)
    {
        if (target is null)
        {
            return;
        }

        string slaMetric = Sla + "SlaMetric." + (metric == "Response" ? "FirstResponse" : "Resolution");
        string factory = target.IsBusinessDays
            ? "WithinBusinessDays(" + slaMetric + ", " + Amount(target) + ", s_coverage)"
            : target.IsCalendarTime
                ? "WithinCalendarTime(" + slaMetric + ", " + Amount(target) + ")"
                : "WithinBusinessTime(" + slaMetric + ", " + Amount(target) + ", s_coverage)";
        string warnings = target.Warnings.IsEmpty
            ? string.Empty
            : "\n        .WithWarnings(new int[] { " + string.Join(", ", target.Warnings.Select(w => Literals.Number(w))) + " })";
        code.Line("private static readonly " + Sla + "ServiceLevelTarget s_" + Camel(metric) + "Target =")
            .Line("    " + Sla + "ServiceLevelTarget." + factory + warnings.Replace("\n", "\n" + code.Indentation) + ";")
            .Line();
    }

    public static void Emit(CodeWriter code, TargetModel? target, string metric, string when)
    {
        if (target is null)
        {
            return;
        }

        string field = "s_" + Camel(metric) + "Target";
        string type = target.IsBusinessDays ? "global::NodaTime.Period" : "global::NodaTime.Duration";
        string warnings = target.Warnings.IsEmpty ? string.Empty : ", warning at " + string.Join(", ", target.Warnings.Select(w => Literals.Number(w))) + " %";
        code.Line("/// <summary>Gets the " + metric.ToLowerInvariant() + " target: " + target.Text + " " + Measure(target) + warnings + ".</summary>")
            .Member("public " + Sla + "ServiceLevelTarget " + metric + "Target => " + field + ";")
            .Line()
            .Line("/// <summary>Gets the " + metric.ToLowerInvariant() + " time: " + target.Text + " " + Measure(target) + ".</summary>")
            .Member("public " + type + " " + metric + "Time => " + Amount(target) + ";")
            .Line()
            .Line("/// <summary>")
            .Line("/// Gets when " + when + ": " + Due(target))
            .Line("/// </summary>")
            .Line("/// <param name=\"opened\">When the ticket was opened.</param>")
            .Member("public " + Instant + " " + metric + "Deadline(" + Instant + " opened) =>")
            .Line("    " + Deadline(target, metric + "Time") + ";")
            .Line()
            .Line("/// <summary>Gets the status, as at <paramref name=\"at\"/>, of the " + metric.ToLowerInvariant() + " clock of a ticket opened at <paramref name=\"opened\"/> and never paused.</summary>")
            .Line("/// <param name=\"opened\">When the ticket was opened.</param>")
            .Line("/// <param name=\"at\">When to evaluate; not before <paramref name=\"opened\"/>.</param>")
            .Member("public " + Sla + "SlaStatus " + metric + "Status(" + Instant + " opened, " + Instant + " at) =>")
            .Line("    " + Sla + "SlaClock.Start(" + field + ", opened).StatusAt(at);")
            .Line()
            .Line("/// <summary>Gets the status, as at <paramref name=\"at\"/>, of the " + metric.ToLowerInvariant() + " clock replayed from a ticket's <paramref name=\"history\"/>.</summary>")
            .Line("/// <param name=\"history\">The clock events in order, starting with a start event.</param>")
            .Line("/// <param name=\"at\">When to evaluate; not before the start.</param>")
            .Line("/// <exception cref=\"" + Sla + "SlaEventException\">The history is out of order or impossible.</exception>")
            .Member("public " + Sla + "SlaStatus " + metric + "Status(global::System.Collections.Generic.IEnumerable<" + Sla + "SlaEvent> history, " + Instant + " at) =>")
            .Line("    " + Sla + "SlaClock.Replay(" + field + ", history).StatusAt(at);")
            .Line();
    }

    /// <summary>The interface members that dispatch on the metric: deadlines and evaluation.</summary>
    public static void EmitInterfaceMembers(CodeWriter code, ContractModel model)
    {
        string prefix = "global::KpoSdk.Contracts.IServiceLevelContract.";
        foreach (var (target, metric) in new[] { (model.Response, "Response"), (model.Resolution, "Resolution") })
        {
            code.Member(Instant + "? " + prefix + metric + "Deadline(" + Instant + " opened) => " + (target is null ? "null;" : metric + "Deadline(opened);"))
                .Line();
        }

        var cases = new List<string>();
        if (model.Response is not null)
        {
            cases.Add("metric == " + Sla + "SlaMetric.FirstResponse ? ResponseStatus(history, at)");
        }

        if (model.Resolution is not null)
        {
            cases.Add("metric == " + Sla + "SlaMetric.Resolution ? ResolutionStatus(history, at)");
        }

        code.Member(Sla + "SlaStatus? " + prefix + "Evaluate(" + Sla + "SlaMetric metric, global::System.Collections.Generic.IEnumerable<" + Sla + "SlaEvent> history, " + Instant + " at) =>");
        foreach (var c in cases)
        {
            code.Line("    " + c + " :");
        }

        code.Line("    null;").Line();
    }

    private static string Camel(string metric) => metric == "Response" ? "response" : "resolution";

    private static string Amount(TargetModel target) =>
        target.IsBusinessDays ? "global::NodaTime.Period.FromDays(" + Literals.Number(target.Days) + ")" : Literals.Duration(target.Seconds);

    private static string Measure(TargetModel target) =>
        (target.IsBusinessDays, target.IsCalendarTime) switch
        {
            (true, _) => "in business days of <see cref=\"Coverage\"/>",
            (false, false) => "of business time on <see cref=\"Coverage\"/>",
            (false, true) => "of elapsed time",
        };

    private static string Due(TargetModel target) =>
        (target.IsBusinessDays, target.IsCalendarTime) switch
        {
            (true, _) => "the close of business of the business day that many business days after the opening date in <see cref=\"Coverage\"/>.",
            (false, false) => "the instant at which that much business time has accrued on <see cref=\"Coverage\"/> (DST-exact).",
            (false, true) => "that much elapsed time later, every hour counting.",
        };

    private static string Deadline(TargetModel target, string amount) =>
        target.IsCalendarTime ? "opened + " + amount : "s_coverage.Add(opened, " + amount + ")";
}
