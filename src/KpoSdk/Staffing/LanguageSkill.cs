using System.Diagnostics.CodeAnalysis;

namespace KpoSdk;

/// <summary>
/// A language someone commands, at a CEFR level. Its text form is the same as a
/// <see cref="LanguageRequirement"/>'s: <c>"de:C1"</c>.
/// </summary>
public readonly record struct LanguageSkill
{
    /// <summary>Creates a skill.</summary>
    /// <exception cref="ArgumentException"><paramref name="language"/> is default, or <paramref name="level"/> is not a defined level.</exception>
    public LanguageSkill(Language language, CefrLevel level)
    {
        // The requirement checks the same invariants with the same messages.
        var checkedForm = new LanguageRequirement(language, level);
        Language = checkedForm.Language;
        Level = checkedForm.MinimumLevel;
    }

    /// <summary>Gets the language.</summary>
    public Language Language { get; }

    /// <summary>Gets the level at which the person commands it.</summary>
    public CefrLevel Level { get; }

    /// <summary>Gets whether this skill meets <paramref name="requirement"/>: the same language at the required level or higher.</summary>
    public bool Meets(LanguageRequirement requirement) => requirement.IsMetBy(Language, Level);

    /// <summary>Parses the text form <c>"de:C1"</c> (language code in any case, a colon, a CEFR level A1–C2 in any case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not of that form; the message quotes it (its first characters when long) and says which part is wrong.</exception>
    public static LanguageSkill Parse(string text)
    {
        var parsed = LanguageRequirement.Parse(text, "language skill");
        return new LanguageSkill(parsed.Language, parsed.MinimumLevel);
    }

    /// <summary>Tries to parse the text form <c>"de:C1"</c>; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageSkill skill)
    {
        skill = default;
        if (!LanguageRequirement.TryParse(text, out var parsed))
        {
            return false;
        }

        skill = new LanguageSkill(parsed.Language, parsed.MinimumLevel);
        return true;
    }

    /// <summary>Returns the text form, e.g. <c>"de:C1"</c>.</summary>
    public override string ToString() => $"{Language.Code}:{Level}";
}
