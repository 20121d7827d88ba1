using System.Text.Json.Nodes;
using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;
using KpoSdk.Time;
using NodaTime;

namespace KpoSdk.Tests.Serialization;

/// <summary>Centres and coverage windows name a jurisdiction's built-in holidays with "publicHolidays", beside their explicit "holidays".</summary>
public sealed class PublicHolidaysJsonTests
{
    private static JsonObject Document()
    {
        var document = JsonNode.Parse(KpoJson.Serialize(Samples.NewYorkTax))!.AsObject();
        document["client"]!["businessHours"]!["publicHolidays"] = "US-NY";
        document["provider"]!["centers"]![0]!["publicHolidays"] = "IN-MH";
        return document;
    }

    [Fact]
    public void A_centre_and_a_client_name_their_built_in_holidays_and_keep_their_own_dates()
    {
        var agreement = KpoJson.ReadAgreement(Document().ToJsonString());
        var pune = agreement.Provider.Centers[0];

        Assert.Equal(Jurisdiction.Parse("IN-MH"), pune.PublicHolidays);
        Assert.Equal(Jurisdiction.Parse("US-NY"), agreement.Client.BusinessHours.PublicHolidays);
        Assert.NotEmpty(pune.Holidays);

        // Diwali (Bali Pratipada), Tuesday 10 November 2026, closes the Pune night shift.
        var night = pune.CalendarOf(WeeklyHours.Parse("Mon-Fri 18:30-03:30"));
        Assert.False(night.IsBusinessDay(new LocalDate(2026, 11, 10)));
        Assert.True(night.IsBusinessDay(new LocalDate(2026, 11, 11)));
        Assert.All(pune.Holidays, d => Assert.False(night.IsBusinessDay(d)));
        Assert.False(agreement.Client.BusinessHours.ToCalendar().IsBusinessDay(new LocalDate(2026, 2, 12))); // Lincoln's Birthday, New York
    }

    [Fact]
    public void Reading_writing_and_reading_again_keeps_the_document()
    {
        string json = Document().ToJsonString();
        var first = KpoJson.ReadAgreement(json);
        string written = KpoJson.Serialize(first);
        Assert.Equal(first, KpoJson.ReadAgreement(written));
        Assert.Equal(written, KpoJson.Serialize(KpoJson.ReadAgreement(written)));
        Assert.Contains("\"publicHolidays\": \"IN-MH\"", written, StringComparison.Ordinal);
        Assert.DoesNotContain("publicHolidays", KpoJson.Serialize(Samples.NewYorkTax), StringComparison.Ordinal);
    }

    [Fact]
    public void A_jurisdiction_without_built_in_holidays_is_rejected_with_its_path()
    {
        var document = Document();
        document["provider"]!["centers"]![0]!["publicHolidays"] = "BR-SP";
        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(document.ToJsonString()));

        Assert.Equal("$.provider.centers[0].publicHolidays", error.Path);
        Assert.StartsWith("$.provider.centers[0].publicHolidays: There are no built-in holidays for BR-SP", error.Message, StringComparison.Ordinal);
        Assert.Contains("Countries covered: AE, AU", error.Message, StringComparison.Ordinal);

        document = Document();
        document["client"]!["businessHours"]!["publicHolidays"] = "US-XX";
        Assert.Equal("$.client.businessHours.publicHolidays", Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(document.ToJsonString())).Path);
    }

    [Fact]
    public void The_property_refuses_a_default_jurisdiction()
    {
        Assert.Throws<ArgumentException>(() => new CoverageWindow(DateTimeZone.Utc, WeeklyHours.AlwaysOpen) { PublicHolidays = default(Jurisdiction) });
        Assert.Throws<ArgumentException>(() => new DeliveryCenter("x", Country.IN, DateTimeZone.Utc) { PublicHolidays = default(Jurisdiction) });
    }
}
