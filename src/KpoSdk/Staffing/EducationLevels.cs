namespace KpoSdk;

/// <summary>How <see cref="EducationLevel"/>s compare.</summary>
public static class EducationLevels
{
    /// <summary>Gets the ISCED 2011 level of a qualification: 3 for secondary school up to 8 for a doctorate.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined value.</exception>
    public static int IscedLevel(this EducationLevel level) => level switch
    {
        EducationLevel.SecondarySchool => 3,
        EducationLevel.Associate => 5,
        EducationLevel.Bachelor or EducationLevel.BachelorOfLaws => 6,
        EducationLevel.Master or EducationLevel.JurisDoctor or EducationLevel.MasterOfLaws => 7,
        EducationLevel.Doctorate => 8,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, $"{(int)level} is not an EducationLevel."),
    };

    /// <summary>Gets whether <paramref name="level"/> is a law degree (LLB, JD, LLM).</summary>
    public static bool IsLawDegree(this EducationLevel level) =>
        level is EducationLevel.BachelorOfLaws or EducationLevel.JurisDoctor or EducationLevel.MasterOfLaws;

    /// <summary>
    /// Gets whether holding <paramref name="held"/> meets a minimum of <paramref name="minimum"/>.
    /// A general minimum (bachelor, master …) is met by any qualification of at least its ISCED
    /// level, law degrees included. A law-degree minimum is met only by a law degree at least as far
    /// up the ladder LLB &lt; JD &lt; LLM: a JD meets an LLB minimum, a master's in accounting
    /// meets no law minimum.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is not defined.</exception>
    public static bool Satisfies(this EducationLevel held, EducationLevel minimum)
    {
        int heldLevel = held.IscedLevel();
        int minimumLevel = minimum.IscedLevel();
        return minimum.IsLawDegree()
            ? held.IsLawDegree() && held >= minimum
            : heldLevel >= minimumLevel;
    }
}
