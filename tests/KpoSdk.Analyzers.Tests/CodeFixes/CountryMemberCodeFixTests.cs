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
            Sources.Usings + """static class C { static Country M() => Country.GB; }""");

    [Fact]
    public Task The_code_fix_in_the_literal_is_offered_beside_it() =>
        Verifier<SdkCallAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(
            Sources.Usings + """static class C { static Country M() => Country.Parse("{|KPO0001:England|}"); }""",
            Sources.Usings + """static class C { static Country M() => Country.Parse("GB"); }""");
}
