using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;

namespace KpoSdk.Tests.Issue15;

/// <summary>Issue 15, problem 9: the JSON error for <c>"id": 1</c> named ServiceAgreement instead of the property's type.</summary>
public sealed class Problem09JsonMessageTests
{
    [Fact]
    public void Problem09_an_id_of_the_wrong_type_names_the_property_type_not_the_agreement()
    {
        string json = KpoJson.Serialize(Samples.NewYorkTax)
            .Replace("\"id\": \"MSA-2026-014\"", "\"id\": 1", StringComparison.Ordinal);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(json));

        Assert.Equal("$.id", error.Path);
        Assert.StartsWith("$.id: Expected a string here. Found 1.", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("ServiceAgreement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem09_a_nested_value_of_the_wrong_type_names_its_own_type()
    {
        string json = KpoJson.Serialize(Samples.Staff).Replace("\"name\": \"Ananya Rao\"", "\"name\": true", StringComparison.Ordinal);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadRoster(json));

        Assert.Equal("$.staff[0].name", error.Path);
        Assert.StartsWith("$.staff[0].name: Expected a string here. Found true.", error.Message, StringComparison.Ordinal);
    }
}
