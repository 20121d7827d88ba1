using System.Collections.Immutable;
using System.Text;
using KpoSdk.Serialization;
using KpoSdk.Tests.Agreements;

namespace KpoSdk.Tests.Issue15;

/// <summary>
/// Issue 15, problem 13 (JSON parts): a byte order mark was rejected, <c>MaxDepth = int.MaxValue</c>
/// overflowed to a depth of 1, and a document that read could be written past the limits and then
/// not read back.
/// </summary>
public sealed class Problem13JsonTests
{
    [Fact]
    public void Problem13_a_UTF8_byte_order_mark_is_allowed_as_FromICalendar_allows_it()
    {
        string json = KpoJson.Serialize(Samples.Staff);

        Assert.Equal(Samples.Staff, KpoJson.ReadRoster("\uFEFF" + json));
        Assert.Equal(Samples.Staff, KpoJson.ReadRoster([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]));
    }

    [Fact]
    public void Problem13_MaxDepth_of_int_MaxValue_means_no_practical_limit()
    {
        string json = KpoJson.Serialize(Samples.NewYorkTax);

        var agreement = KpoJson.ReadAgreement(json, new JsonLimits { MaxDepth = int.MaxValue, MaxDocumentBytes = int.MaxValue, MaxArrayLength = int.MaxValue, MaxStringLength = int.MaxValue });

        Assert.Equal(Samples.NewYorkTax, agreement);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(int.MinValue)]
    public void Problem13_limits_below_one_are_rejected_by_name(int value)
    {
        Assert.Equal("MaxDepth", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLimits { MaxDepth = value }).ParamName);
        Assert.Equal("MaxDocumentBytes", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLimits { MaxDocumentBytes = value }).ParamName);
        Assert.Equal("MaxStringLength", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLimits { MaxStringLength = value }).ParamName);
        Assert.Equal("MaxArrayLength", Assert.Throws<ArgumentOutOfRangeException>(() => new JsonLimits { MaxArrayLength = value }).ParamName);
    }

    [Fact]
    public void Problem13_a_document_that_reads_compactly_but_grows_when_written_is_reported_by_the_writer()
    {
        // Read without indentation and with raw non-ASCII names, written indented with escapes: the
        // written text is larger than what was read.
        string compact = KpoJson.Serialize(Samples.Staff).Replace("\n", "", StringComparison.Ordinal).Replace("  ", "", StringComparison.Ordinal);
        var limits = new JsonLimits { MaxDocumentBytes = Encoding.UTF8.GetByteCount(compact) };
        var roster = KpoJson.ReadRoster(compact, limits);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.Serialize(roster, limits));

        Assert.Equal("$", error.Path);
        Assert.Contains("cannot be written within its limits", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxDocumentBytes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem13_a_list_built_in_code_beyond_the_read_limit_is_reported_by_the_writer_with_its_path()
    {
        var member = Samples.Staff.Staff[0];
        var staff = Enumerable.Range(0, 10_001).Select(i => new StaffMember("S" + i, member.Name, member.Center, member.Shift)).ToImmutableArray();
        var roster = new Roster("p", staff);

        var error = Assert.Throws<JsonDocumentException>(() => KpoJson.Serialize(roster));

        Assert.Equal("$.staff[10000]", error.Path);
        Assert.Contains("MaxArrayLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problem13_whatever_is_written_within_the_limits_reads_back()
    {
        string json = KpoJson.Serialize(Samples.NewYorkTax, JsonLimits.Default);

        Assert.Equal(Samples.NewYorkTax, KpoJson.ReadAgreement(json, JsonLimits.Default));
    }
}
