using KpoSdk.Analyzers.Analyzers;
using KpoSdk.Analyzers.CodeFixes;
using KpoSdk.Analyzers.Tests.Infrastructure;

namespace KpoSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// The did-you-mean fixes: country, subdivision and language codes, zone IDs, a zone of the client.
/// A certain suggestion is one action that Fix All applies too; a guess is one action per
/// candidate that Fix All leaves alone (the markup of the batch-fixed source keeps its diagnostic).
/// </summary>
public sealed class ReplaceCodeFixTests
{
    [Theory]
    [InlineData("UK", "GB")]
    [InlineData("GER", "DE")]
    [InlineData("DEU ", "DE")]
    [InlineData("USA-NY", "US-NY")]
    [InlineData("usa-ny", "US-NY")]
    [InlineData("UK-ENG", "GB-ENG")]
    [InlineData("US-New York", "US-NY")]
    [InlineData("Germany", "DE")]
    [InlineData("ZR", "CD")]
    public Task Certain_country_and_subdivision_codes_are_replaced_by_the_action_and_by_Fix_All(string wrong, string right) =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract($$"""[ServiceLevelContract(ServiceLine.Payroll, Client = "{|KPO0001:{{wrong}}|}", DeliveredFrom = "IN")]"""),
            Sources.Contract($$"""[ServiceLevelContract(ServiceLine.Payroll, Client = "{{right}}", DeliveredFrom = "IN")]"""),
            title: $"Use '{right}'");

    [Theory]
    [InlineData("Germny", "DE")]        // a misspelt name
    [InlineData("Russia", "RU")]        // the start of a name
    [InlineData("GBT", "GB")]           // an alpha-3 code one typo away
    [InlineData("Scotland", "GB")]      // a part of the country, which has its own code (GB-SCT)
    [InlineData("US-Texaz", "US-TX")]   // a misspelt subdivision name
    public Task Guessed_codes_are_offered_as_suggestions_that_Fix_All_leaves(string wrong, string guess)
    {
        string source = Sources.Contract($$"""[ServiceLevelContract(ServiceLine.Payroll, Client = "{|KPO0001:{{wrong}}|}", DeliveredFrom = "IN")]""");
        return Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            source,
            Sources.Contract($$"""[ServiceLevelContract(ServiceLine.Payroll, Client = "{{guess}}", DeliveredFrom = "IN")]"""),
            batchFixedSource: source,
            title: $"Suggestion: use '{guess}'");
    }

    [Fact]
    public Task Olympic_code_in_a_delivery_list_is_replaced_alone() =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN, {|KPO0001:NED|}")]"""),
            Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "GB", DeliveredFrom = "IN, NL")]"""));

    [Theory]
    [InlineData(0, "US-KY")]
    [InlineData(1, "US-NY")]
    [InlineData(2, "US-WY")]
    public Task Each_subdivision_one_typo_away_is_a_suggestion_of_its_own(int index, string subdivision)
    {
        string source = Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "{|KPO0001:US-XY|}", DeliveredFrom = "IN")]""");
        return Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            source,
            Sources.Contract($$"""[ServiceLevelContract(ServiceLine.Payroll, Client = "{{subdivision}}", DeliveredFrom = "IN")]"""),
            codeActionIndex: index,
            batchFixedSource: source,
            title: $"Suggestion: use '{subdivision}'");
    }

    [Theory]
    [InlineData("jp", "ja")]
    [InlineData("en-US", "en")]
    [InlineData("English", "en")]
    [InlineData("iw", "he")]
    public Task Certain_language_codes(string wrong, string right) =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract($$"""[RequiresLanguage("{|KPO0003:{{wrong}}|}", CefrLevel.B2)]"""),
            Sources.Contract($$"""[RequiresLanguage("{{right}}", CefrLevel.B2)]"""),
            title: $"Use '{right}'");

    [Theory]
    [InlineData("englsh", "en")]   // a misspelt name
    [InlineData("AT", "de")]       // a country code, whose one official language is a guess at the language meant
    public Task Guessed_language_codes(string wrong, string guess)
    {
        string source = Sources.Contract($$"""[RequiresLanguage("{|KPO0003:{{wrong}}|}", CefrLevel.B2)]""");
        return Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            source,
            Sources.Contract($$"""[RequiresLanguage("{{guess}}", CefrLevel.B2)]"""),
            batchFixedSource: source,
            title: $"Suggestion: use '{guess}'");
    }

    [Fact]
    public Task A_zone_ID_a_few_typos_away_is_a_guess() =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""[CoverageWindow("{|KPO0002:Europe/Berln|}", "24x7")]"""),
            Sources.Contract("""[CoverageWindow("Europe/Berlin", "24x7")]"""),
            batchFixedSource: Sources.Contract("""[CoverageWindow("{|KPO0002:Europe/Berln|}", "24x7")]"""),
            title: "Suggestion: use 'Europe/Berlin'");

    [Theory]
    [InlineData("europe/berlin", "Europe/Berlin")]
    [InlineData("America/New York", "America/New_York")]
    public Task A_zone_ID_written_in_another_case_or_with_spaces_is_certain(string wrong, string right) =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract($$"""[CoverageWindow("{|KPO0002:{{wrong}}|}", "24x7")]"""),
            Sources.Contract($$"""[CoverageWindow("{{right}}", "24x7")]"""),
            title: $"Use '{right}'");

    [Fact]
    public Task Zone_id_in_a_calendar_factory() =>
        Verifier<SdkCallAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Usings + """static class C { static object M() => BusinessCalendar.Create("{|KPO0002:asia/kolkata|}", "24x7"); }""",
            Sources.Usings + """static class C { static object M() => BusinessCalendar.Create("Asia/Kolkata", "24x7"); }""");

    [Fact]
    public Task Zone_of_a_client_country_with_one_zone_is_certain() =>
        Verifier<ContractConsistencyAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "IN", DeliveredFrom = "IN")]
                [CoverageWindow("{|KPO2001:Europe/London|}", "24x7")]
                """),
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "IN", DeliveredFrom = "IN")]
                [CoverageWindow("Asia/Kolkata", "24x7")]
                """),
            title: "Use 'Asia/Kolkata'");

    [Fact]
    public Task Zone_of_the_client_state_not_the_first_of_its_country_and_certain() =>
        Verifier<ContractConsistencyAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "US-CA", DeliveredFrom = "US")]
                [CoverageWindow("{|KPO2001:America/New_York|}", "24x7")]
                """),
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "US-CA", DeliveredFrom = "US")]
                [CoverageWindow("America/Los_Angeles", "24x7")]
                """),
            title: "Use 'America/Los_Angeles'");

    [Fact]
    public Task A_zone_of_a_client_with_several_is_a_guess()
    {
        string source = Sources.Contract("""
            [ServiceLevelContract(ServiceLine.Payroll, Client = "US-TX", DeliveredFrom = "US")]
            [CoverageWindow("{|KPO2001:America/New_York|}", "24x7")]
            """);
        return Verifier<ContractConsistencyAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            source,
            Sources.Contract("""
                [ServiceLevelContract(ServiceLine.Payroll, Client = "US-TX", DeliveredFrom = "US")]
                [CoverageWindow("America/Chicago", "24x7")]
                """),
            batchFixedSource: source,
            title: "Suggestion: use 'America/Chicago'");
    }
}
