using KpoSdk.DataTool.Holidays;
using KpoSdk.Knowledge.Tests.Tables;

namespace KpoSdk.Knowledge.Tests.Holidays;

/// <summary>The data tool rejects a holiday file that is not exactly right, naming the file and the JSON path.</summary>
public class HolidayDataFileTests
{
    private const string Valid = """
        {
          "country": "XY",
          "sources": [ { "id": "s", "title": "t", "publisher": "p", "url": "https://example.org", "licence": "facts", "verified": "v" } ],
          "national": [ { "id": "new-year", "name": "New Year", "rule": { "fixed": "01-01" }, "source": "s" } ],
          "subdivisions": { "US-CA": { "name": "California", "exclude": [ { "id": "new-year", "reason": "r", "source": "s" } ] } }
        }
        """;

    [Theory]
    [InlineData("\"rule\": { \"fixed\": \"01-01\" }", "\"rule\": { \"fixed\": \"01-01\", \"fxed\": 1 }", "$.national[0].rule: unknown property 'fxed'")]
    [InlineData("\"rule\": { \"fixed\": \"01-01\" }", "\"rule\": { \"fixed\": \"02-30\" }", "$.national[0].rule.fixed: '02-30' is not a date in every year")]
    [InlineData("\"rule\": { \"fixed\": \"01-01\" }", "\"rule\": { \"dates\": { \"2026\": [\"02-29\"] } }", "$.national[0].rule.dates['2026'][0]: '02-29' is not a date in 2026")]
    [InlineData("\"source\": \"s\" } ],\n  \"subdivisions\"", "\"source\": \"nope\" } ],\n  \"subdivisions\"", "$.national[0].source: 'nope' is not the id of a source")]
    [InlineData("\"exclude\": [ { \"id\": \"new-year\"", "\"exclude\": [ { \"id\": \"old-year\"", "['US-CA'].exclude[0].id: 'old-year' is not the id of a national holiday")]
    [InlineData("\"US-CA\"", "\"US-XX\"", "'US-XX' is not an ISO 3166-2 subdivision code")]
    [InlineData("\"rule\": { \"fixed\": \"01-01\" }", "\"rule\": { \"fixed\": \"01-01\" }, \"observed\": \"sometimes\"", "$.national[0].observed: 'sometimes' is not an observance rule")]
    [InlineData("\"rule\": { \"fixed\": \"01-01\" }", "\"rule\": { \"nth\": 5, \"weekday\": \"Mon\", \"month\": 1 }", "$.national[0].rule.nth: nth must be 1 to 4 or -1")]
    [InlineData("\"rule\": { \"fixed\": \"01-01\" }", "\"rule\": { \"fixed\": \"01-01\", \"easter\": 1 }", "a rule needs exactly one of")]
    [InlineData("\"name\": \"New Year\"", "\"name\": \"New Year\", \"name\": \"Again\"", "the property 'name' appears twice")]
    public void A_malformed_file_is_rejected_with_its_path(string replace, string with, string message)
    {
        string json = Valid.Replace("US-CA", "US-CA", StringComparison.Ordinal).Replace("\"XY\"", "\"US\"", StringComparison.Ordinal).Replace(replace, with, StringComparison.Ordinal);
        Assert.NotEqual(Valid.Replace("\"XY\"", "\"US\"", StringComparison.Ordinal), json);
        var error = Assert.Throws<InvalidDataException>(() => Read(json));
        Assert.StartsWith("tools/data/holidays/US.json: $", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_file_reads_and_a_wrong_country_code_does_not()
    {
        var file = Read(Valid.Replace("\"XY\"", "\"US\"", StringComparison.Ordinal));
        Assert.Equal("fixed 01-01", file.National[0].RuleText);
        Assert.Equal("new-year", file.Subdivisions[0].Exclude[0].Id);
        Assert.Contains("$.country: 'XY' must be the ISO 3166-1 alpha-2 code the file is named after ('US')", Assert.Throws<InvalidDataException>(() => Read(Valid)).Message, StringComparison.Ordinal);
    }

    private static HolidayFile Read(string json)
    {
        string folder = Path.Combine(Path.GetTempPath(), "kpo-holiday-file-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string path = Path.Combine(folder, "US.json");
            File.WriteAllText(path, json);
            var countries = SourceData.IsoCodes("iso_3166-1.json", "3166-1").ToDictionary(e => e["alpha_2"], e => e["name"]);
            var subdivisions = SourceData.IsoCodes("iso_3166-2.json", "3166-2").Select(e => e["code"]).ToHashSet();
            return HolidayFileReader.Read(path, countries, subdivisions);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
