using NJsonSchema;

namespace KpoSdk.Cli.Tests.Sarif;

/// <summary>The OASIS SARIF 2.1.0 schema checked into this project (SCHEMA-LICENSE.md), loaded once.</summary>
public static class SarifSchema
{
    private static readonly Lazy<JsonSchema> s_schema = new(() =>
        JsonSchema.FromJsonAsync(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sarif", "sarif-schema-2.1.0.json"))).GetAwaiter().GetResult());

    /// <summary>Every way <paramref name="sarif"/> breaks the schema; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(string sarif) => [.. s_schema.Value.Validate(sarif).Select(e => e.ToString())];

    /// <summary>Fails with every schema error of <paramref name="sarif"/>.</summary>
    public static void AssertValid(string sarif)
    {
        var errors = Errors(sarif);
        Assert.True(errors.Count == 0, "SARIF breaks the 2.1.0 schema:\n" + string.Join("\n", errors) + "\n" + sarif);
    }
}
