namespace KpoSdk.Knowledge.Codes;

/// <summary>The ISO 639-3 scope of a language code (special codes are not in the table).</summary>
internal enum LanguageScope
{
    /// <summary>A single language, e.g. "cmn" Mandarin Chinese.</summary>
    Individual,

    /// <summary>A cluster of closely related languages used as one in some contexts, e.g. "zh" Chinese.</summary>
    Macrolanguage,
}
