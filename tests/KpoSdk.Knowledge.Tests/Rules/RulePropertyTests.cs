using CsCheck;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class RulePropertyTests
{
    // Half the draws come from jurisdictions the default rules talk about, so violations are frequent.
    private static readonly string[] s_interesting =
        ["US", "US-NY", "US-CA", "PR", "RU", "RU-MOW", "IR", "CU", "KP", "SY", "UA-43", "UA-40", "UA-14", "UA-30", "DE", "FR", "FR-NC", "GB", "GB-LND", "IE", "NO", "CN", "CN-HK", "CN-SH", "HK", "IN", "PH", "JP", "KR", "BR", "CH", "CA-ON"];

    private static readonly Gen<JurisdictionId> s_anyJurisdiction =
        Gen.Int[0, Countries.Count - 1].SelectMany(country =>
            Subdivisions.CountOf(country) == 0
                ? Gen.Const(new JurisdictionId(country))
                : Gen.Int[-1, Subdivisions.CountOf(country) - 1].Select(i => i < 0 ? new JurisdictionId(country) : new JurisdictionId(country, Subdivisions.FirstOf(country) + i)));

    private static readonly Gen<JurisdictionId> s_jurisdiction =
        Gen.OneOf<JurisdictionId>(s_anyJurisdiction, Gen.OneOf(s_interesting).Select(J));

    private static readonly Gen<CalendarDate> s_date =
        Gen.Select(Gen.Int[1950, 2040], Gen.Int[1, 12], Gen.Int[1, 28]).Select((y, m, d) => new CalendarDate(y, m, d));

    private static readonly Gen<ServiceLine> s_service = Gen.OneOf(Enum.GetValues<ServiceLine>());

    private static readonly Gen<SafeguardSet> s_safeguards =
        Gen.OneOf(Enum.GetValues<Safeguard>()).Array[0, 4].Select(SafeguardSet.Of);

    [Fact]
    public void Evaluation_never_throws_on_valid_inputs() =>
        Gen.Select(s_service, s_jurisdiction, s_jurisdiction, s_date, s_safeguards).Sample((service, client, delivery, date, safeguards) =>
        {
            foreach (var violation in RuleSet.Default.Evaluate(service, client, delivery, date, safeguards))
            {
                Assert.False(string.IsNullOrWhiteSpace(violation.Message));
                Assert.DoesNotContain("{", violation.Message);
                Assert.True(violation.Rule.IsEffectiveOn(date));
            }
        }, iter: 20_000);

    [Fact]
    public void Disabling_a_rule_never_adds_violations() =>
        Gen.Select(s_service, s_jurisdiction, s_jurisdiction, s_date, s_safeguards, Gen.Int[0, RuleSet.Default.Count - 1]).Sample((service, client, delivery, date, safeguards, index) =>
        {
            string key = RuleSet.Default.Rules[index].Key;
            var all = RuleSet.Default.Evaluate(service, client, delivery, date, safeguards).Select(v => v.Key).ToArray();
            var without = RuleSet.Default.Without(key).Evaluate(service, client, delivery, date, safeguards).Select(v => v.Key).ToArray();
            Assert.Equal(all.Where(k => k != key), without);
        }, iter: 2_000);

    [Fact]
    public void Adding_a_safeguard_never_adds_violations() =>
        Gen.Select(s_service, s_jurisdiction, s_jurisdiction, s_date, s_safeguards, Gen.OneOf(Enum.GetValues<Safeguard>())).Sample((service, client, delivery, date, safeguards, extra) =>
        {
            var before = RuleSet.Default.Evaluate(service, client, delivery, date, safeguards).Select(v => v.Key).ToArray();
            var after = RuleSet.Default.Evaluate(service, client, delivery, date, safeguards.With(extra)).Select(v => v.Key).ToArray();
            Assert.Empty(after.Except(before));
        }, iter: 5_000);
}
