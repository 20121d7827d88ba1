using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;

namespace KpoSdk.Analyzers.Tests.Infrastructure;

/// <summary>
/// The references of every test compilation: the .NET 10 reference assemblies from
/// Basic.Reference.Assemblies (hermetic, no package download) plus the KpoSdk runtime, its
/// knowledge assembly and NodaTime as built with this repository.
/// </summary>
internal static class TestReferences
{
    public static ImmutableArray<MetadataReference> All { get; } =
    [
        .. Net100.References.All,
        MetadataReference.CreateFromFile(typeof(Country).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(ServiceLine).Assembly.Location),
        MetadataReference.CreateFromFile(typeof(NodaTime.LocalDate).Assembly.Location),
    ];

    /// <summary>The date the tests pin for dated rules, so results do not change as the calendar moves on.</summary>
    public const string RulesDate = "2026-01-15";
}
