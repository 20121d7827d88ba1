using BenchmarkDotNet.Attributes;
using KpoSdk.Knowledge;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Rules;

namespace KpoSdk.Benchmarks.Rules;

/// <summary>
/// Evaluating the default rules for a mix of cases, as an analyzer does on every keystroke:
/// the compiled <see cref="RuleSet"/> (per-rule bit sets, groups flattened once) against a naive
/// interpreter of the same rule data. Most cases are clean, as in real catalogs.
/// </summary>
[MemoryDiagnoser]
public class RuleEvaluationBenchmarks
{
    private const int Cases = 1024;
    private static readonly string[] s_codes =
        ["US", "US-NY", "US-CA", "IN", "IN-MH", "PH", "GB", "DE", "FR", "IE", "PL", "JP", "BR", "CA-ON", "AU", "ZA", "MX", "RU", "CN", "UA-43", "SY", "IR"];

    private (ServiceLine Service, JurisdictionId Client, JurisdictionId Delivery, CalendarDate Date, SafeguardSet Safeguards)[] _cases = [];
    private NaiveRuleInterpreter _naive = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        var services = Enum.GetValues<ServiceLine>();
        var ids = s_codes.Select(c => Jurisdictions.TryParse(c, out var id) ? id : throw new InvalidOperationException(c)).ToArray();
        _cases = Enumerable.Range(0, Cases).Select(_ => (
            services[random.Next(services.Length)],
            ids[random.Next(ids.Length)],
            ids[random.Next(ids.Length)],
            new CalendarDate(random.Next(2015, 2027), random.Next(1, 13), random.Next(1, 29)),
            random.Next(3) == 0 ? SafeguardSet.Of(Safeguard.StandardContractualClauses) : SafeguardSet.None)).ToArray();
        _naive = new NaiveRuleInterpreter(RuleSet.Default.Rules, RuleSet.Default.Groups);

        foreach (var c in _cases)
        {
            var compiled = RuleSet.Default.Evaluate(c.Service, c.Client, c.Delivery, c.Date, c.Safeguards).Select(v => v.Key);
            if (!compiled.SequenceEqual(_naive.Keys(c.Service, c.Client, c.Delivery, c.Date, c.Safeguards)))
            {
                throw new InvalidOperationException($"The compiled rule set and the naive interpreter disagree on {c.Service} {Jurisdictions.Format(c.Client)} <- {Jurisdictions.Format(c.Delivery)} {c.Date}.");
            }
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Cases)]
    public int NaiveInterpreter()
    {
        int violations = 0;
        foreach (var c in _cases)
        {
            violations += _naive.CountViolations(c.Service, c.Client, c.Delivery, c.Date, c.Safeguards);
        }

        return violations;
    }

    [Benchmark(OperationsPerInvoke = Cases)]
    public int CompiledRuleSet()
    {
        int violations = 0;
        foreach (var c in _cases)
        {
            violations += RuleSet.Default.Evaluate(c.Service, c.Client, c.Delivery, c.Date, c.Safeguards).Count;
        }

        return violations;
    }
}
