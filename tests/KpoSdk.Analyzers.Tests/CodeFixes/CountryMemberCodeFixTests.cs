using KpoSdk.Analyzers.Analyzers;
using KpoSdk.Analyzers.CodeFixes;
using KpoSdk.Analyzers.Tests.Infrastructure;

namespace KpoSdk.Analyzers.Tests.CodeFixes;

public sealed class CountryMemberCodeFixTests
{
    [Fact]
    public Task Country_Parse_of_a_literal_becomes_the_Country_member() =>
        Verifier<SdkCallAnalyzer>.VerifyFixAsync<CountryMemberCodeFixProvider>(
            Sources.Usings + """static class C { static Country M() => Country.Parse("{|KPO0001:UK|}"); }""",
            Sources.Usings + """static class C { static Country M() => Country.GB; }""",
            title: "Use Country.GB");

    [Fact]
    public Task The_member_is_qualified_as_the_call_was() =>
        Verifier<SdkCallAnalyzer>.VerifyFixAsync<CountryMemberCodeFixProvider>(
            """static class C { static KpoSdk.Country M() => KpoSdk.Country.Parse("{|KPO0001:UK|}"); }""",
            """static class C { static KpoSdk.Country M() => KpoSdk.Country.GB; }""");

    [Fact]
    public Task Fix_All_turns_every_certain_call_into_its_member_and_leaves_the_guess()
    {
        string source = Sources.Usings + """
            static class C
            {
                static Country A() => Country.Parse("{|KPO0001:UK|}");
                static Country B() => Country.Parse("{|KPO0001:Germny|}");
                static Country D() => Country.Parse("{|KPO0001:EL|}");
            }
            """;
        return Verifier<SdkCallAnalyzer>.VerifyFixAsync<CountryMemberCodeFixProvider>(
            source,
            Sources.Usings + """
                static class C
                {
                    static Country A() => Country.GB;
                    static Country B() => Country.Parse("{|KPO0001:Germny|}");
                    static Country D() => Country.GR;
                }
                """,
            equivalenceKey: "KpoSdk.Certain",
            iterations: 2);
    }

    [Fact]
    public Task A_guessed_country_is_a_suggestion_that_Fix_All_leaves()
    {
        string source = Sources.Usings + """static class C { static Country M() => Country.Parse("{|KPO0001:Germny|}"); }""";
        return Verifier<SdkCallAnalyzer>.VerifyFixAsync<CountryMemberCodeFixProvider>(
            source,
            Sources.Usings + """static class C { static Country M() => Country.DE; }""",
            batchFixedSource: source,
            title: "Suggestion: use Country.DE");
    }

    [Fact]
    public Task Beside_a_guessed_member_the_literal_guess_is_offered_too() =>
        Verifier<SdkCallAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Usings + """static class C { static Country M() => Country.Parse("{|KPO0001:England|}"); }""",
            Sources.Usings + """static class C { static Country M() => Country.Parse("GB"); }""",
            batchFixedSource: Sources.Usings + """static class C { static Country M() => Country.Parse("{|KPO0001:England|}"); }""",
            title: "Suggestion: use 'GB'");
}
