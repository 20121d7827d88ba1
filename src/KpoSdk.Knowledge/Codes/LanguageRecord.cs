namespace KpoSdk.Knowledge.Codes;

/// <summary>One row of the generated ISO 639 table.</summary>
internal readonly struct LanguageRecord(string alpha3, string? alpha2, string? bibliographic, string name, LanguageScope scope, LanguageType type)
{
    /// <summary>The ISO 639-3 (and 639-2/T) code, e.g. "deu".</summary>
    public string Alpha3 { get; } = alpha3;

    /// <summary>The ISO 639-1 code, e.g. "de"; null for the languages that have none.</summary>
    public string? Alpha2 { get; } = alpha2;

    /// <summary>The ISO 639-2/B code where it differs from <see cref="Alpha3"/>, e.g. "ger"; otherwise null.</summary>
    public string? Bibliographic { get; } = bibliographic;

    /// <summary>The ISO 639-3 reference name, e.g. "Malay (macrolanguage)".</summary>
    public string Name { get; } = name;

    public LanguageScope Scope { get; } = scope;

    public LanguageType Type { get; } = type;

    /// <summary>The code KpoSdk writes: ISO 639-1 where it exists, else ISO 639-3.</summary>
    public string Code => Alpha2 ?? Alpha3;
}
