using System.Globalization;
using KpoSdk.Generators.Tests.Infrastructure;

namespace KpoSdk.Generators.Tests.Behaviour;

/// <summary>The same declarations give byte-identical files on every run and in every culture.</summary>
public sealed class DeterminismTests
{
    [Fact]
    public void Two_runs_give_byte_identical_output()
    {
        var first = GenerateAll();
        var second = GenerateAll();

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_run_under_the_Turkish_culture_gives_byte_identical_output()
    {
        var invariant = RunIn(CultureInfo.InvariantCulture, GenerateAll);
        var turkish = RunIn(new CultureInfo("tr-TR"), () =>
        {
            // Prove the culture is in force: the dotted capital I is what makes Turkish the classic trap.
            Assert.Equal("İN", "in".ToUpper(CultureInfo.CurrentCulture));
            Assert.Equal("1,5", 1.5.ToString(CultureInfo.CurrentCulture));
            return GenerateAll();
        });

        Assert.Equal(invariant, turkish);
        Assert.Contains("global::KpoSdk.Country.IN", turkish.Single(f => f.Key.Contains("IstanbulInvoicing", StringComparison.Ordinal)).Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_generated_file_uses_line_feeds_only()
    {
        Assert.All(GenerateAll(), file => Assert.DoesNotContain('\r', file.Value));
    }

    /// <summary>Each declaration in its own compilation, every file keyed by declaration and hint name.</summary>
    private static List<KeyValuePair<string, string>> GenerateAll() =>
        [.. Declarations.All.SelectMany((source, i) => GeneratorRun.Sources(GeneratorRun.Run(TestCompilation.Create(source)))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => new KeyValuePair<string, string>(i + "/" + f.Key, f.Value)))];

    private static T RunIn<T>(CultureInfo culture, Func<T> action)
    {
        var (culture0, ui0) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture0, ui0);
        }
    }
}
