using KpoSdk.Serialization;
using static KpoSdk.Tests.Agreements.Samples;

namespace KpoSdk.Tests.Serialization;

public sealed class SampleRoundTripTests
{
    [Fact]
    public void The_realistic_agreements_round_trip()
    {
        foreach (var agreement in new[] { NewYorkTax, GermanPayroll })
        {
            string json = KpoJson.Serialize(agreement);
            var back = KpoJson.ReadAgreement(json);

            Assert.Equal(agreement, back);
            Assert.Equal(json, KpoJson.Serialize(back));
            Assert.Equal(agreement.Validate(CheckedOn), back.Validate(CheckedOn));
        }
    }

    [Fact]
    public void The_catalog_and_the_roster_round_trip()
    {
        Assert.Equal(Meridian, KpoJson.ReadProvider(KpoJson.Serialize(Meridian)));
        Assert.Equal(Staff, KpoJson.ReadRoster(KpoJson.Serialize(Staff)));
    }

    [Fact]
    public void Codes_are_written_as_their_text_forms()
    {
        string json = KpoJson.Serialize(NewYorkTax);

        Assert.Contains("\"jurisdiction\": \"US-NY\"", json);
        Assert.Contains("\"zone\": \"America/New_York\"", json);
        Assert.Contains("\"hours\": \"Mon-Fri 09:00-17:00\"", json);
        Assert.Contains("\"term\": \"2026-01-01/2026-12-31\"", json);
        Assert.Contains("\"service\": \"TaxPreparation\"", json);
        Assert.Contains("\"en:C1\"", json);
        Assert.Contains("\"kind\": \"UsEnrolledAgent\"", json);
        Assert.Contains("\"expires\": \"2027-03-31\"", json);
    }
}
