using KpoSdk.Analyzers.Analyzers;
using KpoSdk.Analyzers.CodeFixes;
using KpoSdk.Analyzers.Tests.Infrastructure;

namespace KpoSdk.Analyzers.Tests.CodeFixes;

/// <summary>The did-you-mean fixes: country, subdivision and language codes, nearest zone ID, a zone of the client's country.</summary>
public sealed class ReplaceCodeFixTests
{
    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("GER", "DE")]
    [InlineData("DEU ", "DE")]
    [InlineData("USA-NY", "US-NY")]
    [InlineData("Germany", "DE")]
    public Task Country_and_subdivision_codes_in_a_contract(string wrong, string right) =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract($$"""[ServiceLevelContract(ServiceLine.Payroll, Client = "{|KPO0001:{{wrong}}|}", DeliveredFrom = "IN")]"""),
            Sources.Contract($$"""[ServiceLevelContract(ServiceLine.Payroll, Client = "{{right}}", DeliveredFrom = "IN")]"""));

    [Fact]
    public Task Olympic_code_in_a_delivery_list_is_replaced_alone() =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN, {|KPO0001:NED|}")]"""),
            Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN, NL")]"""));

    [Fact]
    public Task Second_subdivision_candidate_is_offered_too() =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "{|KPO0001:US-XY|}", DeliveredFrom = "IN")]"""),
            Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "US-NY", DeliveredFrom = "IN")]"""),
            codeActionIndex: 1);

    [Fact]
    public Task Language_code() =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""[RequiresLanguage("{|KPO0003:jp|}", CefrLevel.B2)]"""),
            Sources.Contract("""[RequiresLanguage("ja", CefrLevel.B2)]"""));

    [Fact]
    public Task Nearest_zone_id() =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""[CoverageWindow("{|KPO0002:America/NewYork|}", "24x7")]"""),
            Sources.Contract("""[CoverageWindow("America/New_York", "24x7")]"""));

    [Fact]
    public Task Zone_id_in_a_calendar_factory() =>
        Verifier<SdkCallAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Usings + """static class C { static object M() => BusinessCalendar.Create("{|KPO0002:asia/kolkata|}", "24x7"); }""",
            Sources.Usings + """static class C { static object M() => BusinessCalendar.Create("Asia/Kolkata", "24x7"); }""");

    [Fact]
    public Task Zone_of_the_client_country() =>
        Verifier<ContractConsistencyAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "IN", DeliveredFrom = "IN")]
                [CoverageWindow("{|KPO2001:Europe/London|}", "24x7")]
                """),
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "IN", DeliveredFrom = "IN")]
                [CoverageWindow("Asia/Kolkata", "24x7")]
                """));

    [Fact]
    public Task Zone_of_the_client_state_not_the_first_of_its_country() =>
        Verifier<ContractConsistencyAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "US-CA", DeliveredFrom = "US")]
                [CoverageWindow("{|KPO2001:America/New_York|}", "24x7")]
                """),
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "US-CA", DeliveredFrom = "US")]
                [CoverageWindow("America/Los_Angeles", "24x7")]
                """));
}
