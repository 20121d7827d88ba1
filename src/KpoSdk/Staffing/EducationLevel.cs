namespace KpoSdk;

/// <summary>
/// A degree or school qualification someone holds. General levels are ordered by ISCED 2011 level;
/// law degrees also rank on their own ladder (see <see cref="EducationLevels.Satisfies"/>).
/// </summary>
public enum EducationLevel
{
    /// <summary>Upper secondary school (ISCED 3).</summary>
    SecondarySchool = 1,

    /// <summary>An associate degree or other short-cycle tertiary qualification (ISCED 5).</summary>
    Associate = 2,

    /// <summary>A bachelor's degree (ISCED 6).</summary>
    Bachelor = 3,

    /// <summary>A master's degree (ISCED 7).</summary>
    Master = 4,

    /// <summary>A research doctorate such as a PhD (ISCED 8).</summary>
    Doctorate = 5,

    /// <summary>Bachelor of Laws (LLB), the first law degree in common-law countries outside the US (ISCED 6).</summary>
    BachelorOfLaws = 6,

    /// <summary>Juris Doctor (JD), the US graduate first law degree (ISCED 7).</summary>
    JurisDoctor = 7,

    /// <summary>Master of Laws (LLM), taken after a first law degree (ISCED 7).</summary>
    MasterOfLaws = 8,
}
