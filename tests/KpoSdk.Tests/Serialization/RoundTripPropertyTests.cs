using CsCheck;
using KpoSdk.Serialization;

namespace KpoSdk.Tests.Serialization;

/// <summary>Generated documents survive writing and reading unchanged, and are written the same way again.</summary>
public sealed class RoundTripPropertyTests
{
    [Fact]
    public void Catalogs_round_trip() =>
        DocumentGenerators.Provider.Sample(provider =>
        {
            string json = KpoJson.Serialize(provider);
            var back = KpoJson.ReadProvider(json);
            Assert.Equal(provider, back);
            Assert.Equal(json, KpoJson.Serialize(back));
        }, iter: 300);

    [Fact]
    public void Rosters_round_trip() =>
        DocumentGenerators.Roster.Sample(roster =>
        {
            string json = KpoJson.Serialize(roster);
            var back = KpoJson.ReadRoster(json);
            Assert.Equal(roster, back);
            Assert.Equal(roster.GetHashCode(), back.GetHashCode());
            Assert.Equal(json, KpoJson.Serialize(back));
        }, iter: 300);

    [Fact]
    public void Agreements_round_trip() =>
        DocumentGenerators.Agreement.Sample(agreement =>
        {
            string json = KpoJson.Serialize(agreement);
            var back = KpoJson.ReadAgreement(json);
            Assert.Equal(agreement, back);
            Assert.Equal(json, KpoJson.Serialize(back));
        }, iter: 200);

    [Fact]
    public void Validation_never_throws_on_generated_agreements() =>
        DocumentGenerators.Agreement.Sample(agreement =>
        {
            var violations = agreement.Validate(agreement.Term.Start, new AgreementValidationOptions { CoverageDays = 14 });
            Assert.All(violations, v => Assert.False(string.IsNullOrEmpty(v.Message)));
        }, iter: 100);
}
