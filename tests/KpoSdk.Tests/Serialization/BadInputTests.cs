using System.Text.Json.Nodes;
using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;

namespace KpoSdk.Tests.Serialization;

/// <summary>Every way a document can be wrong gives a <see cref="JsonDocumentException"/> naming the JSON path and the bad value.</summary>
public sealed class BadInputTests
{
    private static readonly string Valid = KpoJson.Serialize(Samples.GermanPayroll);

    private static JsonDocumentException Read(Action<JsonObject> mutate)
    {
        var document = JsonNode.Parse(Valid)!.AsObject();
        mutate(document);
        return Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(document.ToJsonString()));
    }

    private static JsonObject Service(JsonObject document) => document["services"]![0]!.AsObject();

    [Fact]
    public void Malformed_json_names_the_position_and_the_path()
    {
        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement("{\"id\": \"x\",\n \"client\": {\"name\": }"));

        Assert.Equal("$.client.name", error.Path);
        Assert.Contains("Malformed JSON", error.Message);
        Assert.Equal(1, error.LineNumber);
    }

    [Fact]
    public void An_unknown_jurisdiction_is_quoted_with_a_suggestion()
    {
        var error = Read(d => d["client"]!["jurisdiction"] = "DE-NWW");

        Assert.Equal("$.client.jurisdiction", error.Path);
        Assert.Contains("'DE-NWW'", error.Message);
        Assert.StartsWith("$.client.jurisdiction: ", error.Message);
    }

    [Fact]
    public void An_unknown_service_line_suggests_the_closest_name()
    {
        var error = Read(d => Service(d)["service"] = "Payrol");

        Assert.Equal("$.services[0].service", error.Path);
        Assert.Contains("'Payrol' is not a ServiceLine. Did you mean 'Payroll'?", error.Message);
    }

    [Fact]
    public void An_unknown_zone_suggests_close_ids()
    {
        var error = Read(d => d["client"]!["businessHours"]!["zone"] = "Europe/Berln");

        Assert.Equal("$.client.businessHours.zone", error.Path);
        Assert.Contains("'Europe/Berlin'", error.Message);
    }

    [Theory]
    [InlineData("term", "2026-12-31/2026-01-01")]
    [InlineData("term", "2026")]
    public void A_bad_interval_is_quoted(string property, string value)
    {
        var error = Read(d => d[property] = value);

        Assert.Equal("$." + property, error.Path);
        Assert.Contains($"'{value}'", error.Message);
        Assert.DoesNotContain("Exception of type", error.Message);
    }

    [Fact]
    public void A_bad_date_and_bad_hours_are_quoted()
    {
        var date = Read(d => d["client"]!["businessHours"]!["holidays"]![1] = "2026-02-30");
        var hours = Read(d => d["client"]!["businessHours"]!["hours"] = "Mon-Fry 08:00-17:00");

        Assert.Equal("$.client.businessHours.holidays[1]", date.Path);
        Assert.Contains("'2026-02-30'", date.Message);
        Assert.Equal("$.client.businessHours.hours", hours.Path);
        Assert.Contains("Fry", hours.Message);
    }

    [Fact]
    public void A_bad_language_level_is_quoted()
    {
        var error = Read(d => Service(d)["team"]![1]!["languages"]![1] = "de:C3");

        Assert.Equal("$.services[0].team[1].languages[1]", error.Path);
        Assert.Contains("'de:C3'", error.Message);
    }

    [Fact]
    public void A_number_where_a_code_belongs()
    {
        var error = Read(d => d["engagement"] = 1);

        Assert.Equal("$.engagement", error.Path);
        Assert.Contains("Expected a EngagementModel name as a string", error.Message);
        Assert.Contains("got 1", error.Message);
    }

    [Fact]
    public void A_number_where_a_name_belongs_quotes_the_number()
    {
        var error = Read(d => d["client"]!["name"] = 42);

        Assert.Equal("$.client.name", error.Path);
        Assert.Equal("42", error.Value);
        Assert.Contains("Found 42", error.Message);
    }

    [Fact]
    public void An_object_where_a_list_belongs()
    {
        var error = Read(d => Service(d)["centers"] = new JsonObject { ["name"] = "Krakow" });

        Assert.Equal("$.services[0].centers", error.Path);
        Assert.Contains("{\"name\":\"Krakow\"}", error.Message);
    }

    [Fact]
    public void A_missing_required_property_is_named()
    {
        var error = Read(d => d.Remove("term"));

        Assert.Contains("'term'", error.Message);
        Assert.Equal("$", error.Path);
        Assert.DoesNotContain("Found", error.Message);
    }

    [Fact]
    public void Null_for_a_required_value_is_rejected()
    {
        var error = Read(d => d["provider"] = null);

        Assert.Contains("provider", error.Message);
    }

    [Fact]
    public void A_null_list_item_is_rejected_with_its_path()
    {
        var error = Read(d => Service(d)["team"]!.AsArray().Add(null));

        Assert.Equal("$.services[0].team[2]", error.Path);
        Assert.Contains("null", error.Message);
    }

    [Fact]
    public void An_unknown_property_is_named()
    {
        var error = Read(d => d["governingLow"] = "DE");

        Assert.Contains("'governingLow'", error.Message);
    }

    [Fact]
    public void Duplicate_and_blank_names_are_rejected()
    {
        var duplicate = Read(d => d["provider"]!["centers"]![1]!["name"] = "Pune");
        var blank = Read(d => d["id"] = "  ");
        var staff = Read(d => Service(d)["team"]![1]!["id"] = "PL-010");

        Assert.Equal("$.provider.centers[1].name", duplicate.Path);
        Assert.Contains("also at $.provider.centers[0]", duplicate.Message);
        Assert.Equal("$.id", blank.Path);
        Assert.Equal("$.services[0].team[1].id", staff.Path);
    }

    [Fact]
    public void A_catalog_offering_must_name_centres_of_its_provider()
    {
        var document = JsonNode.Parse(KpoJson.Serialize(Samples.Meridian))!;
        document["catalog"]!["offerings"]![2]!["centers"]![0] = "Krakw";

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadProvider(document.ToJsonString()));

        Assert.Equal("$.catalog.offerings[2].centers[0]", error.Path);
        Assert.Contains("'Krakw'", error.Message);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("\"agreement\"")]
    [InlineData("")]
    public void A_document_that_is_not_an_object(string json)
    {
        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(json));

        Assert.Equal("$", error.Path);
    }

    [Fact]
    public void A_document_that_breaks_rules_is_read_and_validation_reports()
    {
        var agreement = KpoJson.ReadAgreement(Valid.Replace("\"Krakow\",\n        \"Pune\"", "\"Krakow\",\n        \"Manila\"", StringComparison.Ordinal));

        Assert.Contains(agreement.Validate(Samples.CheckedOn), v => v.RuleId == "KPO1004" && v.Path == "services[0].centers[1]");
    }

    // A duplicate whose first value is wrong used to escape as an ArgumentException from the
    // lookup of the value for the message; one whose values are both valid was read silently.
    [Theory]
    [InlineData("12345")]
    [InlineData("\"MSA-2026-999\"")]
    public void A_duplicate_property_names_the_path(string firstValue)
    {
        string json = Valid.Replace("\"id\": \"MSA-2026-021\"", $"\"id\": {firstValue}, \"id\": \"MSA-2026-021\"", StringComparison.Ordinal);
        Assert.NotEqual(Valid, json);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(json));

        Assert.Equal("$.id", error.Path);
        Assert.Contains("'id' appears twice", error.Message);
    }

    [Fact]
    public void A_duplicate_property_deep_in_a_list_names_the_path()
    {
        var document = JsonNode.Parse(Valid)!;
        string staff = document["services"]![0]!["team"]![1]!["shift"]!.ToJsonString();
        string json = document.ToJsonString().Replace($"\"shift\":{staff}", $"\"shift\":7,\"shift\":{staff}", StringComparison.Ordinal);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(json));

        Assert.Equal("$.services[0].team[1].shift", error.Path);
    }

    [Fact]
    public void The_same_property_name_in_sibling_objects_is_fine()
    {
        Assert.Equal(Samples.GermanPayroll, KpoJson.ReadAgreement(Valid));
    }
}
