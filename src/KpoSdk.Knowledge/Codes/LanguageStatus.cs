namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// The official status of a language in a country, from CLDR's territory information. Members
/// are ordered strongest first, the order in which a country's languages are listed.
/// </summary>
internal enum LanguageStatus
{
    /// <summary>Official nationwide, e.g. Hindi and English in India.</summary>
    Official,

    /// <summary>Official in practice nationwide without a law saying so, e.g. English in the United States.</summary>
    DeFactoOfficial,

    /// <summary>Official in a region only, e.g. Marathi in India or Hawaiian in the United States.</summary>
    OfficialRegional,
}
