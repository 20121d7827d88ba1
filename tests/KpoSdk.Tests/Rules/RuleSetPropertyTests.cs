using CsCheck;
using KpoSdk.Rules;
using NodaTime;

namespace KpoSdk.Tests.Rules;

public class RuleSetPropertyTests
{
    private static readonly Jurisdiction[] s_jurisdictions =
        new[] { "US", "US-NY", "US-CA", "RU", "IR", "CU", "KP", "SY", "UA-43", "UA-30", "DE", "FR", "GB", "NO", "CN", "CN-HK", "IN", "PH", "JP", "BR", "CA-ON", "AU", "ZA" }
        .Select(Jurisdiction.Parse).ToArray();

    private static readonly Gen<LocalDate> s_date =
        Gen.Select(Gen.Int[1990, 2035], Gen.Int[1, 12], Gen.Int[1, 28]).Select((y, m, d) => new LocalDate(y, m, d));

    private static readonly Gen<(ServiceLine, Jurisdiction, Jurisdiction, LocalDate, Safeguard[])> s_case =
        Gen.Select(Gen.Enum<ServiceLine>(), Gen.OneOf(s_jurisdictions), Gen.OneOf(s_jurisdictions), s_date, Gen.Enum<Safeguard>().Array[0, 3]);

    [Fact]
    public void Evaluation_never_throws_and_messages_are_filled() =>
        s_case.Sample((service, client, delivery, date, safeguards) =>
        {
            foreach (var violation in RuleSet.Default.Evaluate(service, client, delivery, date, safeguards))
            {
                Assert.True(violation.Rule.IsEffectiveOn(date));
                Assert.DoesNotContain("{", violation.Message);
            }
        }, iter: 5_000);

    [Fact]
    public void Disabling_a_rule_never_adds_violations() =>
        Gen.Select(s_case, Gen.Int[0, RuleSet.Default.Rules.Count - 1]).Sample((c, index) =>
        {
            var (service, client, delivery, date, safeguards) = c;
            string key = RuleSet.Default.Rules[index].Key;
            var all = RuleSet.Default.Evaluate(service, client, delivery, date, safeguards).Select(v => v.Key);
            var without = RuleSet.Default.Without(key).Evaluate(service, client, delivery, date, safeguards).Select(v => v.Key);
            Assert.Equal(all.Where(k => k != key), without);
        }, iter: 1_000);
}
