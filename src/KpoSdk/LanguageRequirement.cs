using System.Diagnostics.CodeAnalysis;
using KpoSdk.Knowledge.Text;

namespace KpoSdk;

/// <summary>
/// A language a person must command at a minimum CEFR level, e.g. English at C1.
/// Its text form is the language code, a colon and the level: <c>"en:C1"</c>.
/// </summary>
public readonly record struct LanguageRequirement
{
    /// <summary>Creates a requirement.</summary>
    /// <exception cref="ArgumentException"><paramref name="language"/> is default, or <paramref name="minimumLevel"/> is not a defined level.</exception>
    public LanguageRequirement(Language language, CefrLevel minimumLevel)
    {
        if (language.IsDefault)
        {
            throw new ArgumentException("default(Language) names no language.", nameof(language));
        }

        if (minimumLevel is < CefrLevel.A1 or > CefrLevel.C2)
        {
            throw new ArgumentException($"{(int)minimumLevel} is not a CEFR level; expected A1 to C2.", nameof(minimumLevel));
        }

        Language = language;
        MinimumLevel = minimumLevel;
    }

    /// <summary>Gets the language.</summary>
    public Language Language { get; }

    /// <summary>Gets the lowest level that meets the requirement.</summary>
    public CefrLevel MinimumLevel { get; }

    /// <summary>Gets whether someone who speaks <paramref name="language"/> at <paramref name="level"/> meets the requirement.</summary>
    public bool IsMetBy(Language language, CefrLevel level) => language == Language && level >= MinimumLevel;

    /// <summary>Parses the text form <c>"en:C1"</c> (language code in any case, a colon, a CEFR level A1–C2 in any case).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not of that form; the message quotes it (its first characters when long) and says which part is wrong.</exception>
    public static LanguageRequirement Parse(string text) => Parse(text, "language requirement");

    /// <summary>Parses the text form, naming <paramref name="what"/> ("language requirement", "language skill") in messages.</summary>
    internal static LanguageRequirement Parse(string text, string what)
    {
        ArgumentNullException.ThrowIfNull(text);
        var problem = LanguageLevelText.Read(text, out int row, out var level, out int colon);
        return problem == LanguageLevelText.Problem.None
            ? new LanguageRequirement(Language.FromRow(row), level)
            : throw new FormatException(LanguageLevelText.Describe(problem, text, colon, what));
    }

    /// <summary>Tries to parse the text form <c>"en:C1"</c>; never throws.</summary>
    public static bool TryParse([NotNullWhen(true)] string? text, out LanguageRequirement requirement)
    {
        requirement = default;
        if (text is null || LanguageLevelText.Read(text, out int row, out var level, out _) != LanguageLevelText.Problem.None)
        {
            return false;
        }

        requirement = new LanguageRequirement(Language.FromRow(row), level);
        return true;
    }

    /// <summary>Returns the text form, e.g. <c>"en:C1"</c>.</summary>
    public override string ToString() => $"{Language.Code}:{MinimumLevel}";
}
