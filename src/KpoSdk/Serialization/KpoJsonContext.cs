using System.Text.Json.Serialization;

namespace KpoSdk.Serialization;

/// <summary>
/// The source-generated serializer metadata of the three documents: catalogs (<see cref="Provider"/>),
/// rosters and agreements. Strict by design: camelCase names, unknown properties rejected, required
/// constructor parameters and nullable annotations enforced, codes as their text forms, no
/// type-name polymorphism.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    IndentSize = 2,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    NumberHandling = JsonNumberHandling.Strict,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow,
    AllowTrailingCommas = false,
    Converters =
    [
        typeof(CountryConverter),
        typeof(JurisdictionConverter),
        typeof(LanguageRequirementConverter),
        typeof(LanguageSkillConverter),
        typeof(WeeklyHoursConverter),
        typeof(DateTimeZoneConverter),
        typeof(LocalDateConverter),
        typeof(DateIntervalConverter),
        typeof(EnumConverter<ServiceLine>),
        typeof(EnumConverter<CredentialKind>),
        typeof(EnumConverter<Safeguard>),
        typeof(EnumConverter<EducationLevel>),
        typeof(EnumConverter<EngagementModel>),
    ])]
[JsonSerializable(typeof(Provider))]
[JsonSerializable(typeof(Roster))]
[JsonSerializable(typeof(ServiceAgreement))]
internal sealed partial class KpoJsonContext : JsonSerializerContext;
