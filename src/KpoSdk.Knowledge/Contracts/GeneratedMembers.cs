namespace KpoSdk.Knowledge.Contracts;

/// <summary>The members of a contract's generated part, which the contract type must leave free.</summary>
internal static class GeneratedMembers
{
    private const string Instant = "global::NodaTime.Instant";

    private static readonly GeneratedMember[] s_always =
    [
        new("s_client", null), new("s_deliveredFrom", null), new("s_coverage", null), new("s_targets", null),
        new("s_requiredCredentials", null), new("s_requiredLanguages", null), new("s_safeguards", null),
        new("Service", null), new("Client", null), new("DeliveredFrom", null), new("Coverage", null), new("Targets", null),
        new("RequiredCredentials", null), new("RequiredLanguages", null), new("Safeguards", null),
        new("AnalyzeCoverage", "global::NodaTime.DateInterval", "global::System.Collections.Generic.IEnumerable<global::KpoSdk.Time.DeliveryCalendar>"),
        new("Validate", "global::NodaTime.LocalDate"),
        new("Validate", "global::NodaTime.LocalDate", "global::KpoSdk.Rules.RuleSet"),
        new("CheckStaff", "global::KpoSdk.StaffMember", "global::NodaTime.LocalDate"),
    ];

    private static readonly GeneratedMember[] s_response = Target("Response", "s_responseTarget");

    private static readonly GeneratedMember[] s_resolution = Target("Resolution", "s_resolutionTarget");

    /// <summary>The generated members of a contract with or without a response and a resolution target.</summary>
    public static IEnumerable<GeneratedMember> Of(bool hasResponse, bool hasResolution)
    {
        IEnumerable<GeneratedMember> members = s_always;
        if (hasResponse)
        {
            members = members.Concat(s_response);
        }

        return hasResolution ? members.Concat(s_resolution) : members;
    }

    private static GeneratedMember[] Target(string prefix, string field) =>
    [
        new(field, null), new(prefix + "Target", null), new(prefix + "Time", null),
        new(prefix + "Deadline", Instant),
        new(prefix + "Status", Instant, Instant),
        new(prefix + "Status", "global::System.Collections.Generic.IEnumerable<global::KpoSdk.Sla.SlaEvent>", Instant),
    ];
}
