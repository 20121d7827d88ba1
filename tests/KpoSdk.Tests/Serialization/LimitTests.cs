using System.Text;
using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;

namespace KpoSdk.Tests.Serialization;

/// <summary>Oversized input fails fast, naming the limit and the path of the first excess.</summary>
public sealed class LimitTests
{
    [Fact]
    public void A_document_over_the_byte_limit()
    {
        string json = KpoJson.Serialize(Samples.Staff);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadRoster(json, new JsonLimits { MaxDocumentBytes = 1000 }));

        Assert.Equal("$", error.Path);
        Assert.Contains("MaxDocumentBytes", error.Message);
    }

    [Fact]
    public void Nesting_over_the_depth_limit()
    {
        string deep = "{\"provider\": \"p\", \"staff\": " + new string('[', 40) + new string(']', 40) + "}";

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadRoster(deep));

        Assert.Contains("MaxDepth", error.Message);
        Assert.StartsWith("$.staff[0][0]", error.Path);
    }

    [Fact]
    public void A_string_over_the_length_limit_with_default_limits()
    {
        string name = new('x', 5000);
        string json = KpoJson.Serialize(Samples.Staff).Replace("Ananya Rao", name, StringComparison.Ordinal);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadRoster(json));

        Assert.Equal("$.staff[0].name", error.Path);
        Assert.Contains("5000 characters", error.Message);
        Assert.Contains("MaxStringLength", error.Message);
    }

    [Fact]
    public void A_property_name_over_the_length_limit()
    {
        string json = "{\"" + new string('p', 5000) + "\": 1}";

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadRoster(json));

        Assert.Contains("property name", error.Message);
    }

    [Fact]
    public void A_list_over_the_item_limit_with_default_limits()
    {
        var holidays = new StringBuilder();
        for (int i = 0; i < 10_001; i++)
        {
            holidays.Append(i == 0 ? "" : ",").Append("\"2026-01-01\"");
        }

        string json = KpoJson.Serialize(Samples.Meridian).Replace("\"2026-01-26\",", holidays + ",", StringComparison.Ordinal);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadProvider(json));

        Assert.Equal("$.centers[0].holidays[10000]", error.Path);
        Assert.Contains("MaxArrayLength", error.Message);
    }

    [Fact]
    public void Documents_within_the_limits_read()
    {
        var limits = new JsonLimits { MaxDepth = 9, MaxStringLength = 100, MaxArrayLength = 10 };

        Assert.Equal(Samples.NewYorkTax, KpoJson.ReadAgreement(KpoJson.Serialize(Samples.NewYorkTax), limits));
    }
}
