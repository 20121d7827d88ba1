using System.Reflection;
using BenchmarkDotNet.Attributes;
using KpoSdk.Benchmarks.Codes;

namespace KpoSdk.Benchmarks.Tests.Smoke;

/// <summary>
/// The benchmark classes of benchmarks/KpoSdk.Benchmarks as BenchmarkDotNet finds them: public,
/// non-abstract classes with a public <see cref="BenchmarkAttribute"/> method. Found by reflection,
/// so a class added later is smoked without anyone listing it here.
/// </summary>
internal static class BenchmarkClasses
{
    public static IReadOnlyList<Type> All { get; } =
    [
        .. typeof(CountryParsingBenchmarks).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsPublic && !t.IsAbstract && Methods<BenchmarkAttribute>(t).Any())
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>The public instance methods of <paramref name="type"/> (its own and inherited) that carry <typeparamref name="T"/>.</summary>
    public static IEnumerable<MethodInfo> Methods<T>(Type type)
        where T : Attribute =>
        type.GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.IsDefined(typeof(T), inherit: true));
}
