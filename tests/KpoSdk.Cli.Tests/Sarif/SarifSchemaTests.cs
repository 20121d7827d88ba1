namespace KpoSdk.Cli.Tests.Sarif;

/// <summary>The validator rejects what the schema forbids, so a passing SARIF check means something.</summary>
public sealed class SarifSchemaTests
{
    [Fact]
    public void A_log_with_a_wrong_version_a_bad_level_and_an_unknown_property_fails()
    {
        const string bad = """
            { "version": "2.0.0", "runs": [ { "tool": { "driver": { "name": "kpo" } },
              "results": [ { "level": "fatal", "message": { "text": "x" }, "colour": "red" } ] } ] }
            """;

        var errors = SarifSchema.Errors(bad);

        Assert.Contains(errors, e => e.Contains("version", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e.Contains("level", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(errors, e => e.Contains("colour", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_minimal_valid_log_passes()
    {
        Assert.Empty(SarifSchema.Errors("""{ "version": "2.1.0", "runs": [ { "tool": { "driver": { "name": "kpo" } }, "results": [] } ] }"""));
    }
}
