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
            .Line("/// <summary>")
            .Line("/// Re-checks the contract, with its <see cref=\"Safeguards\"/>, against the rules this project was built with")
            .Line("/// (the defaults and the project's kpo.rules.json, as the analyzers applied them) on <paramref name=\"date\"/>;")
            .Line("/// empty when it may be performed. A contract that builds without rule diagnostics validates clean on the rules date of the build.")
            .Line("/// </summary>")
            .Line("/// <param name=\"date\">The date on which the service is performed.</param>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Rules.RuleViolation> Validate(global::NodaTime.LocalDate date) =>")
            .Line("    Validate(date, global::KpoSdk.Generated.ProjectRules.Rules);")
            .Line()
            .Line("/// <summary>")
            .Line("/// Re-checks the contract, with its <see cref=\"Safeguards\"/>, against <paramref name=\"rules\"/> on <paramref name=\"date\"/>:")
            .Line("/// the violations of the service delivered from each delivery jurisdiction to the client, each once; empty when it may be performed.")
            .Line("/// </summary>")
            .Line("/// <param name=\"date\">The date on which the service is performed.</param>")
            .Line("/// <param name=\"rules\">The rules, e.g. <see cref=\"global::KpoSdk.Rules.RuleSet.Default\"/> with overlays.</param>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.Rules.RuleViolation> Validate(global::NodaTime.LocalDate date, global::KpoSdk.Rules.RuleSet rules) =>")
            .Line("    global::KpoSdk.Contracts.__Internals.GeneratedContractSupport.Validate(this, date, rules);")
            .Line()
            .Line("/// <summary>")
            .Line("/// Checks <paramref name=\"member\"/> against the contract's requirements on <paramref name=\"date\"/>: the required")
            .Line("/// credentials held and valid, the required languages at their levels, and familiarity with the client's regulation")
            .Line("/// where the service needs it. Empty when the member may work on the contract.")
            .Line("/// </summary>")
            .Line("/// <param name=\"member\">The staff member.</param>")
            .Line("/// <param name=\"date\">The date on which the member would work on the contract.</param>")
            .Member("public global::System.Collections.Generic.IReadOnlyList<global::KpoSdk.AgreementViolation> CheckStaff(global::KpoSdk.StaffMember member, global::NodaTime.LocalDate date) =>")
            .Line("    global::KpoSdk.Contracts.__Internals.GeneratedContractSupport.CheckStaff(this, member, date);");
    }
}
