using System.Globalization;
using BenchmarkDotNet.Attributes;

namespace KpoSdk.Benchmarks.Codes;

/// <summary>
/// <see cref="Country.TryParse(ReadOnlySpan{char}, out Country)"/> against the obvious
/// alternative: a case-insensitive <see cref="Dictionary{TKey, TValue}"/> of every code form,
/// probed with a span through its alternate lookup so that neither side allocates for the key.
/// </summary>
[MemoryDiagnoser]
public class CountryParsingBenchmarks
{
    private const int Inputs = 1024;
    private string[] _inputs = [];
    private Dictionary<string, Country>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    [GlobalSetup]
    public void Setup()
    {
        var dictionary = new Dictionary<string, Country>(StringComparer.OrdinalIgnoreCase);
        foreach (var country in Country.All)
        {
            dictionary[country.Alpha2] = country;
            dictionary[country.Alpha3] = country;
            dictionary[country.Numeric.ToString("D3", CultureInfo.InvariantCulture)] = country;
        }

        _lookup = dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        var random = new Random(42);
        _inputs = Enumerable.Range(0, Inputs).Select(_ =>
        {
            var country = Country.All[random.Next(Country.Count)];
            return random.Next(4) switch
            {
                0 => country.Alpha2,
                1 => country.Alpha3.ToLowerInvariant(),
                2 => country.Numeric.ToString("D3", CultureInfo.InvariantCulture),
                _ => country.Alpha2.ToLowerInvariant(),
            };
        }).ToArray();

        if (DictionaryLookup() != TryParse())
        {
            throw new InvalidOperationException("Country.TryParse and the dictionary disagree.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Inputs)]
    public int DictionaryLookup()
    {
        int sum = 0;
        foreach (string input in _inputs)
        {
            if (_lookup.TryGetValue(input.AsSpan(), out var country))
            {
                sum += country.Numeric;
            }
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Inputs)]
    public int TryParse()
    {
        int sum = 0;
        foreach (string input in _inputs)
        {
            if (Country.TryParse(input.AsSpan(), out var country))
            {
                sum += country.Numeric;
            }
        }

        return sum;
    }
}
