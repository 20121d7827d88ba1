using BenchmarkDotNet.Attributes;

namespace KpoSdk.Benchmarks.Codes;

/// <summary>
/// <see cref="Jurisdiction.TryParse(ReadOnlySpan{char}, out Jurisdiction)"/> against a
/// case-insensitive dictionary of every country and subdivision code, probed with a span.
/// </summary>
[MemoryDiagnoser]
public class JurisdictionParsingBenchmarks
{
    private const int Inputs = 1024;
    private string[] _inputs = [];
    private Dictionary<string, Jurisdiction>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    [GlobalSetup]
    public void Setup()
    {
        var all = Country.All.Select(c => (Jurisdiction)c).Concat(Country.All.SelectMany(c => c.Subdivisions)).ToArray();
        _lookup = all.ToDictionary(j => j.Code, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var random = new Random(42);
        _inputs = Enumerable.Range(0, Inputs).Select(_ =>
        {
            string code = all[random.Next(all.Length)].Code;
            return random.Next(2) == 0 ? code : code.ToLowerInvariant();
        }).ToArray();

        if (DictionaryLookup() != TryParse())
        {
            throw new InvalidOperationException("Jurisdiction.TryParse and the dictionary disagree.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    public int DictionaryLookup()
    {
        int hash = 0;
        foreach (string input in _inputs)
        {
            if (_lookup.TryGetValue(input.AsSpan(), out var jurisdiction))
            {
                hash ^= jurisdiction.GetHashCode();
            }
        }

        return hash;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    public int TryParse()
    {
        int hash = 0;
        foreach (string input in _inputs)
        {
            if (Jurisdiction.TryParse(input.AsSpan(), out var jurisdiction))
            {
                hash ^= jurisdiction.GetHashCode();
            }
        }

        return hash;
    }
}
