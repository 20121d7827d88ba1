using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace KpoSdk.Benchmarks.Tests.Smoke;

/// <summary>
/// The cheapest value of each <see cref="ParamsAttribute"/> field or property of a benchmark class:
/// the least when the values can be ordered, the first declared when they are text (a benchmark
/// lists "400 files" before "2000 files", which order as text the other way round). Parameter
/// kinds the smoke run cannot choose from are refused by name, so a new kind fails the test rather
/// than going unsmoked.
/// </summary>
internal static class SmallestParameters
{
    private static readonly Type[] s_unsupported =
    [
        typeof(ParamsSourceAttribute),
        typeof(ParamsAllValuesAttribute),
        typeof(ArgumentsAttribute),
        typeof(ArgumentsSourceAttribute),
        typeof(GenericTypeArgumentsAttribute),
    ];

    public static IReadOnlyList<(MemberInfo Member, object? Value)> For(Type type)
    {
        const BindingFlags Members = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;
        var members = type.GetMembers(Members).Where(m => m is FieldInfo or PropertyInfo or MethodInfo).ToList();
        if (members.Append(type).SelectMany(m => m.GetCustomAttributes(inherit: true)).FirstOrDefault(a => s_unsupported.Contains(a.GetType())) is { } unsupported)
        {
            throw new NotSupportedException($"{type.Name} uses [{unsupported.GetType().Name}], which the smoke run does not know how to choose a small value for; teach SmallestParameters.");
        }

        return
        [
            .. members.Where(m => m is not MethodInfo)
                .Select(m => (Member: m, Attribute: m.GetCustomAttribute<ParamsAttribute>(inherit: true)))
                .Where(p => p.Attribute is not null)
                .OrderBy(p => p.Member.Name, StringComparer.Ordinal)
                .Select(p => (p.Member, Smallest(type, p.Member, p.Attribute!.Values))),
        ];
    }

    public static void Set(object? instance, MemberInfo member, object? value)
    {
        switch (member)
        {
            case PropertyInfo property:
                property.SetValue(instance, value);
                break;
            case FieldInfo field:
                field.SetValue(instance, value);
                break;
        }
    }

    private static object? Smallest(Type type, MemberInfo member, object?[] values)
    {
        if (values.Length == 0)
        {
            throw new InvalidOperationException($"{type.Name}.{member.Name} has [Params] without values.");
        }

        return values.All(v => v is IComparable and not string) && values.Select(v => v!.GetType()).Distinct().Count() == 1
            ? values.Min()
            : values[0];
    }
}
