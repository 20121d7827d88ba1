using KpoSdk.Analyzers.Analyzers;
using KpoSdk.Analyzers.CodeFixes;
using KpoSdk.Analyzers.Tests.Infrastructure;
using KpoSdk.Knowledge.Checks;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Analyzers.Tests.CodeFixes;

/// <summary>
/// What the fixes offer and what Fix All applies: one action for a certain fix, sharing one
/// equivalence key across IDs; one keyless action per guess, most likely first; and a Fix All
/// that applies every certain fix and no guess however it is started, as <c>dotnet format</c>
/// starts it too.
/// </summary>
public sealed class CertainFixAllTests
{
    private const string Certain = "KpoSdk.Certain";

    private static readonly string s_mixed = Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "{|KPO0001:US-XX|}", DeliveredFrom = "IN, {|KPO0001:UK|}")]
        [CoverageWindow("{|KPO0002:europe/london|}", "Mon-Fri 09:00-17:00")]
        [RequiresLanguage("{|KPO0003:englsh|}", CefrLevel.C1)]
        [RequiresLanguage("{|KPO0003:jp|}", CefrLevel.B2)]
        """);

    private static readonly string s_mixedFixed = Sources.Contract("""
        [ServiceLevelContract(ServiceLine.Payroll, Client = "{|KPO0001:US-XX|}", DeliveredFrom = "IN, GB")]
        [CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
        [RequiresLanguage("{|KPO0003:englsh|}", CefrLevel.C1)]
        [RequiresLanguage("ja", CefrLevel.B2)]
        """);

    [Fact]
    public Task Fix_All_applies_the_certain_fixes_of_KPO0001_KPO0002_and_KPO0003_in_one_pass_and_leaves_the_guesses() =>
        Verifier<AttributeInputAnalyzer>.VerifyFixAsync<ReplaceCodeFixProvider>(s_mixed, s_mixedFixed, equivalenceKey: Certain, iterations: 3);

    [Fact]
    public async Task A_certain_fix_is_one_action_with_the_shared_key_and_a_guess_one_keyless_action_per_candidate_most_likely_first()
    {
        using var runner = await CodeFixRunner.CreateAsync(Markup.Strip(s_mixed) + Sources.Contract("""
            [ServiceLevelContract(ServiceLine.Payroll, Client = "US-XY", DeliveredFrom = "IN")]
            [CoverageWindow("America/NewYork", "Mon-Fri 09:00-17:00")]
            """, "public partial class Second;").Replace(Sources.Usings, ""));

        var actions = await runner.ActionsAsync(new ReplaceCodeFixProvider());

        Assert.Equal(
            new (string, string, string?)[]
            {
                ("KPO0001", "Suggestion: use 'US-TX'", null),
                ("KPO0001", "Use 'GB'", Certain),
                ("KPO0002", "Use 'Europe/London'", Certain),
                ("KPO0003", "Suggestion: use 'en'", null),
                ("KPO0003", "Use 'ja'", Certain),
                ("KPO0001", "Suggestion: use 'US-KY'", null),
                ("KPO0001", "Suggestion: use 'US-NY'", null),
                ("KPO0001", "Suggestion: use 'US-WY'", null),
                ("KPO0002", "Suggestion: use 'America/New_York'", null),
            },
            actions);
    }

    [Fact]
    public async Task The_Country_member_is_the_one_certain_fix_of_a_Country_Parse_call()
    {
        using var runner = await CodeFixRunner.CreateAsync(Sources.Usings + """static class C { static Country M() => Country.Parse("UK"); }""");

        Assert.Empty(await runner.ActionsAsync(new ReplaceCodeFixProvider()));
        Assert.Equal([("KPO0001", "Use Country.GB", Certain)], await runner.ActionsAsync(new CountryMemberCodeFixProvider()));
    }

    [Fact]
    public async Task A_US_CA_client_is_offered_America_Los_Angeles_alone_and_certain()
    {
        using var runner = await CodeFixRunner.CreateAsync(Sources.Contract("""
            [ServiceLevelContract(ServiceLine.Payroll, Client = "US-CA", DeliveredFrom = "US")]
            [CoverageWindow("America/New_York", "Mon-Fri 09:00-17:00")]
            """));

        Assert.Equal([("KPO2001", "Use 'America/Los_Angeles'", Certain)], await runner.ActionsAsync(new ReplaceCodeFixProvider()));
    }

    [Fact]
    public async Task A_client_country_with_several_zones_is_offered_them_as_guesses_primary_first()
    {
        using var runner = await CodeFixRunner.CreateAsync(Sources.Contract("""
            [ServiceLevelContract(ServiceLine.Payroll, Client = "AU", DeliveredFrom = "AU")]
            [CoverageWindow("Europe/London", "Mon-Fri 09:00-17:00")]
            """));

        var actions = await runner.ActionsAsync(new ReplaceCodeFixProvider());

        var zones = JurisdictionZones.List(new JurisdictionId(Countries.Find('A', 'U', '\0', 2)));
        Assert.True(zones.Count > CoverageZoneCheck.MaxSuggestions);
        Assert.Equal(
            zones.Take(CoverageZoneCheck.MaxSuggestions).Select(z => ("KPO2001", $"Suggestion: use '{z}'", (string?)null)),
            actions);
    }

    // dotnet format starts Fix All with the key of the first action of the first diagnostic it
    // finds: a guess has none, another ID's certain fix has the shared key, a provider that has no
    // action for that diagnostic gives null. Whichever it is, the certain fixes of the ID are
    // applied and the guesses are not.
    [Theory]
    [InlineData(null)]
    [InlineData(Certain)]
    [InlineData("KpoSdk.Replace.KPO0001.US-TX")]
    public async Task Fix_All_started_as_dotnet_format_starts_it_applies_only_the_certain_fixes_of_the_ID(string? key)
    {
        using var runner = await CodeFixRunner.CreateAsync(Markup.Strip(s_mixed));

        string fixedText = await runner.FixAllAsync(new ReplaceCodeFixProvider(), "KPO0001", key);

        Assert.Equal(Markup.Strip(s_mixed).Replace("\"IN, UK\"", "\"IN, GB\"", StringComparison.Ordinal), fixedText);
    }

    [Fact]
    public async Task Fix_All_of_the_Country_member_provider_makes_the_same_edits_as_the_replace_provider_but_members_for_calls()
    {
        string source = Sources.Contract("""[ServiceLevelContract(ServiceLine.Payroll, Client = "UK", DeliveredFrom = "IN")]""")
            + """static class C { static Country M() => Country.Parse("UK"); static Country N() => Country.Parse("Germny"); }""";
        using var runner = await CodeFixRunner.CreateAsync(source);

        string expected = source.Replace("Client = \"UK\"", "Client = \"GB\"", StringComparison.Ordinal)
            .Replace("Country.Parse(\"UK\")", "Country.GB", StringComparison.Ordinal);
        Assert.Equal(expected, await runner.FixAllAsync(new CountryMemberCodeFixProvider(), "KPO0001", null));
        Assert.Equal(expected, await runner.FixAllAsync(new ReplaceCodeFixProvider(), "KPO0001", null));
    }

    [Fact]
    public async Task Fix_All_never_declares_a_safeguard()
    {
        using var runner = await CodeFixRunner.CreateAsync(Sources.Contract("""
            [ServiceLevelContract(ServiceLine.Payroll, Client = "CH", DeliveredFrom = "IN")]
            [CoverageWindow("Europe/Zurich", "Mon-Fri 09:00-17:00")]
            """));
        var provider = new AddSafeguardsCodeFixProvider();
        var actions = await runner.ActionsAsync(provider);

        Assert.NotEmpty(actions);
        Assert.All(actions, a => Assert.Null(a.Key));
        var text = await runner.Document.GetTextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(text.ToString(), await runner.FixAllAsync(provider, "KPO1003", null));
    }
}
