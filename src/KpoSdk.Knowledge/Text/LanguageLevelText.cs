using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Text;

/// <summary>
/// The text form of a language with a CEFR level, <c>"en:C1"</c> (the code and the level in any
/// case): the one parser of <c>LanguageRequirement</c>, <c>LanguageSkill</c> and the analyzers'
/// reader of JSON documents, so that all accept the same text with the same messages.
/// </summary>
internal static class LanguageLevelText
{
    /// <summary>What is wrong with a text, if anything.</summary>
    internal enum Problem
    {
        None,
        NoColon,
        UnknownLanguage,
        NotALevel,
    }

    /// <summary>
    /// Reads <paramref name="text"/> into a language row and a level without allocating;
    /// <paramref name="colon"/> is the index of the colon (-1 when there is none).
    /// </summary>
    public static Problem Read(string text, out int language, out CefrLevel level, out int colon)
    {
        level = default;
        language = -1;
        colon = text.IndexOf(':');
        if (colon < 0)
        {
            return Problem.NoColon;
        }

        language = colon switch
        {
            2 => Languages.Find(text[0], text[1], '\0', 2),
            3 => Languages.Find(text[0], text[1], text[2], 3),
            _ => -1,
        };
        if (language < 0)
        {
            return Problem.UnknownLanguage;
        }

        int start = colon + 1;
        if (text.Length - start != 2 || (text[start] | 0x20) is < 'a' or > 'c' || text[start + 1] is < '1' or > '2')
        {
            return Problem.NotALevel;
        }

        level = (CefrLevel)((((text[start] | 0x20) - 'a') * 2) + (text[start + 1] - '0'));
        return Problem.None;
    }

    /// <summary>
    /// The message for <paramref name="problem"/> in <paramref name="text"/>, calling it
    /// <paramref name="what"/> ("language requirement", "language skill") and quoting it (its first
    /// characters when long); an unknown code's message adds the language code's own message.
    /// </summary>
    public static string Describe(Problem problem, string text, int colon, string what = "language requirement") => problem switch
    {
        Problem.NoColon => $"The {what} {InputText.Quote(text)} has no ':'; expected a language code, a colon and a CEFR level, e.g. 'en:C1'.",
        Problem.UnknownLanguage => $"The {what} {InputText.Quote(text)} names no known language before the ':'. {Languages.DescribeUnknown(text.Substring(0, colon))}",
        _ => $"{InputText.Quote(text.Substring(colon + 1))} in the {what} {InputText.Quote(text)} is not a CEFR level; expected A1, A2, B1, B2, C1 or C2.",
    };
}
