namespace KpoSdk;

/// <summary>What a rule is about. The diagnostic ID says how it is reported; the kind says what kind of law it encodes.</summary>
public enum RuleKind
{
    /// <summary>A comprehensive embargo on a country or region (reported as KPO1001).</summary>
    Embargo = 1,

    /// <summary>A ban on supplying particular services to a jurisdiction (reported as KPO1001).</summary>
    ServicesBan = 2,

    /// <summary>An act only a professional licensed in the client jurisdiction may perform (reported as KPO1002).</summary>
    LicensedProfessional = 3,

    /// <summary>Personal data leaving a jurisdiction needs adequacy or a transfer safeguard (reported as KPO1003).</summary>
    DataTransfer = 4,

    /// <summary>Personal data must be kept in the jurisdiction (reported as KPO1003).</summary>
    DataLocalisation = 5,

    /// <summary>
    /// A consent or agreement a profession or regulator requires before work is shared with a
    /// provider (a HIPAA business associate agreement, a taxpayer's § 7216 consent): the rule exists
    /// only to demand a <see cref="Safeguard"/>, which lifts it (reported as KPO1005).
    /// </summary>
    RequiredSafeguard = 6,
}
