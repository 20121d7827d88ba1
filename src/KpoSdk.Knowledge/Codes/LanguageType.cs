namespace KpoSdk.Knowledge.Codes;

/// <summary>The ISO 639-3 type of a language.</summary>
internal enum LanguageType
{
    /// <summary>Spoken today.</summary>
    Living,

    /// <summary>Died out in recent times.</summary>
    Extinct,

    /// <summary>Died out more than a millennium ago, e.g. Latin.</summary>
    Ancient,

    /// <summary>A distinct earlier stage of a living language, e.g. Middle English.</summary>
    Historical,

    /// <summary>Designed, e.g. Esperanto.</summary>
    Constructed,
}
