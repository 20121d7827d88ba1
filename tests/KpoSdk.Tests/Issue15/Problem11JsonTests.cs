using System.Text;
using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;

namespace KpoSdk.Tests.Issue15;

/// <summary>
/// Issue 15, problem 11: the JSON readers threw InvalidOperationException on invalid UTF-8 and lone
/// surrogates, and read a credential without a kind that Serialize then could not write.
/// </summary>
public sealed class Problem11JsonTests
{
    private static byte[] Bytes(string before, byte[] middle, string after) =>
        [.. Encoding.UTF8.GetBytes(before), .. middle, .. Encoding.UTF8.GetBytes(after)];

    public static TheoryData<string, byte[], string> BadText => new()
    {
        { "invalid UTF-8 in a property name", Bytes("{\"", [0xC3, 0x28], "\": 1}"), "$" },
        { "invalid UTF-8 in a string value", Bytes("{\"provider\": \"", [0xFF], "\", \"staff\": []}"), "$.provider" },
        { "a truncated UTF-8 sequence", Bytes("{\"provider\": \"", [0xE2, 0x82], "\", \"staff\": []}"), "$.provider" },
        { "a lone high surrogate escape", Encoding.UTF8.GetBytes("{\"provider\": \"\\uD800\", \"staff\": []}"), "$.provider" },
        { "a lone low surrogate escape in a name", Encoding.UTF8.GetBytes("{\"\\uDC00\": 1}"), "$" },
        { "a lone surrogate in a value of the wrong type", Encoding.UTF8.GetBytes("{\"provider\": \"p\", \"staff\": [{\"id\": \"\\uDC00\", \"name\": 1}]}"), "$.staff[0].id" },
        { "an escaped surrogate without its pair before an ASCII escape", Encoding.UTF8.GetBytes("{\"provider\": \"\\uD83D\\u0041\", \"staff\": []}"), "$.provider" },
    };

    [Theory]
    [MemberData(nameof(BadText))]
    public void Problem11_text_that_is_not_valid_Unicode_is_a_JsonDocumentException_with_its_path(string name, byte[] json, string path)
    {
        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadRoster(json));

        Assert.True(error.Path == path, $"{name}: path {error.Path}, message {error.Message}");
        Assert.Contains("not valid Unicode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem11_a_valid_surrogate_pair_escape_still_reads()
    {
        var roster = KpoJson.ReadRoster("{\"provider\": \"Caf\\u00e9 \\uD83D\\uDE00\", \"staff\": []}");

        Assert.Equal("Café 😀", roster.Provider);
    }

    [Fact]
    public void Problem11_a_credential_without_kind_is_rejected_at_read_time_with_its_path()
    {
        string json = KpoJson.Serialize(Samples.Staff).Replace("\"kind\": \"UsEnrolledAgent\",", "", StringComparison.Ordinal);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadRoster(json));

        Assert.Equal("$.staff[0].credentials[0].kind", error.Path);
        Assert.Contains("The credential has no kind", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem11_a_credential_without_kind_in_an_agreement_team_is_rejected_too()
    {
        string json = KpoJson.Serialize(Samples.NewYorkTax).Replace("\"kind\": \"UsEnrolledAgent\",", "", StringComparison.Ordinal);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.ReadAgreement(json));

        Assert.Equal("$.services[0].team[0].credentials[0].kind", error.Path);
    }
}
