using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;
using static KpoSdk.Knowledge.Tests.Rules.Cases;

namespace KpoSdk.Knowledge.Tests.Rules;

public class UnknownJurisdictionTests
{
    [Theory]
    [InlineData("UK", "'GB'")]
    [InlineData("US-XY", "'US-NY'")]
    [InlineData("ZZ", "'ZZ'")]
    [InlineData("", "")]
    public void Unknown_delivery_is_an_error_quoting_it(string delivery, string expected)
    {
        var ex = Assert.Throws<ArgumentException>(() => RuleSet.Default.Evaluate(ServiceLine.Payroll, "US", delivery, D("2024-01-01")));
        Assert.Equal("delivery", ex.ParamName);
        Assert.Contains("delivery jurisdiction", ex.Message);
        Assert.Contains(expected, ex.Message);
    }

    [Fact]
    public void Unknown_client_is_an_error_quoting_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => RuleSet.Default.Evaluate(ServiceLine.Payroll, "Germany", "IN", D("2024-01-01")));
        Assert.Equal("client", ex.ParamName);
        Assert.Contains("'Germany'", ex.Message);
    }

    [Fact]
    public void Null_jurisdiction_is_an_argument_null_error() =>
        Assert.Throws<ArgumentNullException>(() => RuleSet.Default.Evaluate(ServiceLine.Payroll, "US", null!, D("2024-01-01")));

    [Fact]
    public void Out_of_table_ids_and_service_values_are_errors()
    {
        Assert.Throws<ArgumentException>(() => RuleSet.Default.Evaluate(ServiceLine.Payroll, new JurisdictionId(9999), J("US"), D("2024-01-01")));
        Assert.Throws<ArgumentException>(() => RuleSet.Default.Evaluate(ServiceLine.Payroll, J("US"), new JurisdictionId(J("US").Country, J("IN-MH").Subdivision), D("2024-01-01")));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.Default.Evaluate((ServiceLine)64, J("US"), J("IN"), D("2024-01-01")));
    }

    [Fact]
    public void Parsed_forms_evaluate_like_ids() =>
        Assert.Equal(
            Keys(ServiceLine.Bookkeeping, "IR", "US", "2024-01-01"),
            RuleSet.Default.Evaluate(ServiceLine.Bookkeeping, "irn", "840", D("2024-01-01")).Select(v => v.Key).ToArray());
}
