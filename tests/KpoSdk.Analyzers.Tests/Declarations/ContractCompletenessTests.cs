using KpoSdk.Roslyn.Diagnostics;
using KpoSdk.Analyzers.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Testing;
using Verify = KpoSdk.Analyzers.Tests.Infrastructure.Verifier<KpoSdk.Analyzers.Analyzers.ContractCompletenessAnalyzer>;

namespace KpoSdk.Analyzers.Tests.Declarations;

/// <summary>KPO9005 (no <c>[CoverageWindow]</c>) and KPO9006 (an enum argument that names no member).</summary>
public sealed class ContractCompletenessTests
{
    private const string Contract = """ServiceLevelContract(ServiceLine.Payroll, Client = "US", DeliveredFrom = "US")""";

    private const string Coverage = """[CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]""";

    private const string CoverageExample = "add the client's business hours in the client's time zone, e.g. [CoverageWindow(\"America/New_York\", \"Mon-Fri 09:00-17:00\")]";

    [Fact]
    public Task A_complete_contract_with_every_attribute_is_clean() => Verify.VerifyAsync(Sources.Contract("[" + Contract + "]\n" + Coverage + """

        [ResponseTime("PT4H", Clock = KpoSdk.Sla.SlaClockBasis.BusinessHours)]
        [ResolutionTime("P3D", Clock = KpoSdk.Sla.SlaClockBasis.CalendarTime)]
        [RequiresCredential(CredentialKind.UsEnrolledAgent, GrantedIn = "US")]
        [RequiresLanguage("en", CefrLevel.A1)]
        [RequiresLanguage("es", CefrLevel.C2)]
        """));

    [Fact]
    public Task Missing_coverage_window_is_KPO9005_on_the_contract_attribute() => Verify.VerifyExpectingAsync(
        Sources.Contract("[{|#0:" + Contract + "|}]"),
        new DiagnosticResult(DiagnosticDescriptors.ContractIncomplete).WithLocation(0).WithArguments("Contract", "[CoverageWindow]", CoverageExample));

    [Fact]
    public Task A_coverage_window_on_another_part_counts() => Verify.VerifyAsync(
        Sources.Contract("[" + Contract + "]"),
        Sources.Contract(Coverage));

    [Fact]
    public Task A_type_with_only_a_coverage_window_is_not_a_contract() => Verify.VerifyAsync(Sources.Contract(Coverage));

    public static TheoryData<string, string, string, string, string> Undefined => new()
    {
        {
            "[ServiceLevelContract({|#0:(ServiceLine)999|}, Client = \"US\", DeliveredFrom = \"US\")]\n" + Coverage,
            "(ServiceLine)999", "ServiceLine", "the service",
            "a named member such as ServiceLine.Bookkeeping, ServiceLine.ManagementAccounting or ServiceLine.TaxPreparation"
        },
        {
            "[ServiceLevelContract({|#0:0|}, Client = \"US\", DeliveredFrom = \"US\")]\n" + Coverage,
            "0", "ServiceLine", "the service",
            "a named member such as ServiceLine.Bookkeeping, ServiceLine.ManagementAccounting or ServiceLine.TaxPreparation"
        },
        {
            "[" + Contract + "]\n" + Coverage + "\n[ResponseTime(\"PT4H\", Clock = {|#0:(KpoSdk.Sla.SlaClockBasis)7|})]",
            "(KpoSdk.Sla.SlaClockBasis)7", "SlaClockBasis", "the response time's clock",
            "one of SlaClockBasis.CalendarTime or SlaClockBasis.BusinessHours"
        },
        {
            "[" + Contract + "]\n" + Coverage + "\n[ResolutionTime(\"P3D\", Clock = {|#0:(KpoSdk.Sla.SlaClockBasis)(-1)|})]",
            "(KpoSdk.Sla.SlaClockBasis)(-1)", "SlaClockBasis", "the resolution time's clock",
            "one of SlaClockBasis.CalendarTime or SlaClockBasis.BusinessHours"
        },
        {
            "[" + Contract + "]\n" + Coverage + "\n[RequiresCredential({|#0:(CredentialKind)999|})]",
            "(CredentialKind)999", "CredentialKind", "the required credential",
            "a named member such as CredentialKind.UsCertifiedPublicAccountant, CredentialKind.UsEnrolledAgent or CredentialKind.IcaiCharteredAccountant"
        },
        {
            "[" + Contract + "]\n" + Coverage + "\n[RequiresLanguage(\"en\", {|#0:(CefrLevel)0|})]",
            "(CefrLevel)0", "CefrLevel", "the required language level",
            "one of CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1 or CefrLevel.C2"
        },
        {
            "[" + Contract + "]\n" + Coverage + "\n[RequiresLanguage(minimumLevel: {|#0:(CefrLevel)7|}, language: \"en\")]",
            "(CefrLevel)7", "CefrLevel", "the required language level",
            "one of CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1 or CefrLevel.C2"
        },
    };

    [Theory]
    [MemberData(nameof(Undefined))]
    public Task An_undefined_enum_value_is_KPO9006_on_the_argument(string attributes, string written, string enumName, string what, string expected) =>
        Verify.VerifyExpectingAsync(
            Sources.Contract(attributes),
            new DiagnosticResult(DiagnosticDescriptors.UndefinedContractValue).WithLocation(0).WithArguments(written, enumName, what, "Contract", expected));
}
