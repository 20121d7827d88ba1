namespace KpoSdk.Generators.Emitting;

/// <summary>Coverage analysis against delivery calendars and run-time re-validation against the rules.</summary>
internal static class ContractChecks
{
    public static void Emit(CodeWriter code)
    {
        code.Line("/// <summary>Analyses how delivery centres' calendars cover <see cref=\"Coverage\"/> on the client's <paramref name=\"dates\"/>.</summary>")
            .Line("/// <param name=\"dates\">The client's local dates, both ends included.</param>")
            .Line("/// <param name=\"centers\">The delivery centres' calendars, in follow-the-sun order.</param>")
            .Member("public global::KpoSdk.Time.CoverageAnalysis AnalyzeCoverage(global::NodaTime.DateInterval dates, global::System.Collections.Generic.IEnumerable<global::KpoSdk.Time.DeliveryCalendar> centers) =>")
            .Line("    global::KpoSdk.Time.CoverageAnalysis.Analyze(s_coverage, dates, centers);")
            .Line()
            .Line("/// <summary>Re-checks the contract against the default rules on <paramref name=\"date\"/>; empty when it may be performed.</summary>")
            .Line("/// <param name=\"date\">The date on which the service is performed.</param>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Rules.RuleViolation> Validate(global::NodaTime.LocalDate date) =>")
            .Line("    Validate(date, global::KpoSdk.Rules.RuleSet.Default);")
            .Line()
            .Line("/// <summary>")
            .Line("/// Re-checks the contract against <paramref name=\"rules\"/> on <paramref name=\"date\"/>: the violations of")
            .Line("/// the service delivered from each delivery jurisdiction to the client, each once; empty when it may be performed.")
            .Line("/// </summary>")
            .Line("/// <param name=\"date\">The date on which the service is performed.</param>")
            .Line("/// <param name=\"rules\">The rules, e.g. <see cref=\"global::KpoSdk.Rules.RuleSet.Default\"/> with overlays.</param>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Rules.RuleViolation> Validate(global::NodaTime.LocalDate date, global::KpoSdk.Rules.RuleSet rules)")
            .Line("{")
            .Line("    global::System.ArgumentNullException.ThrowIfNull(rules);")
            .Line("    var violations = new global::System.Collections.Generic.List<global::KpoSdk.Rules.RuleViolation>();")
            .Line("    var seen = new global::System.Collections.Generic.HashSet<string>(global::System.StringComparer.Ordinal);")
            .Line("    foreach (var delivery in s_deliveredFrom)")
            .Line("    {")
            .Line("        foreach (var violation in rules.Evaluate(Service, s_client, delivery, date))")
            .Line("        {")
            .Line("            if (seen.Add(violation.Key + \"\\n\" + violation.Message))")
            .Line("            {")
            .Line("                violations.Add(violation);")
            .Line("            }")
            .Line("        }")
            .Line("    }")
            .Line()
            .Line("    return violations;")
            .Line("}");
    }
}
