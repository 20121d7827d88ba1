namespace KpoSdk.Knowledge.Codes;

internal static partial class Countries
{
    /// <summary>The sentence every country-code message ends with.</summary>
    public const string Expected = "Expected an ISO 3166-1 alpha-2 code ('US'), alpha-3 code ('USA') or numeric code ('840').";

    /// <summary>
    /// The whole message for a country code that <see cref="TryFind"/> rejected: what is wrong,
    /// the close valid code where there is one ("Did you mean 'GB' (United Kingdom)?"), and the
    /// accepted forms. Used as the <c>FormatException</c> message and the analyzer diagnostic.
    /// </summary>
    public static string DescribeUnknown(string text) => Explain(text, "country code") + " " + Expected;

    /// <summary>
    /// What is wrong with <paramref name="text"/> as a country code and, where there is one, the
    /// close valid code, without the closing "Expected ..." sentence (callers that accept more
    /// forms, such as jurisdictions, add their own).
    /// </summary>
    internal static string Explain(string? text, string what)
    {
        if (InputText.ShapeProblem(text, what) is { } shape)
        {
            return shape;
        }

        int row = SuggestRow(text!, out var withdrawn);
        string quoted = InputText.Quote(text!);
        string didYouMean = row >= 0 ? $" Did you mean '{Alpha2(row)}' ({Name(row)})?" : "";
        if (InputText.HasSurroundingWhitespace(text!))
        {
            return $"The {what} {quoted} has leading or trailing whitespace.{didYouMean}";
        }

        if (withdrawn is { } w)
        {
            string when = w.Withdrawn.Length == 4 ? "in " + w.Withdrawn : "on " + w.Withdrawn;
            return $"Unknown {what} {quoted}: it was the code of {w.Name}, withdrawn from ISO 3166-1 {when}.{didYouMean}";
        }

        if (CountryAliases.NotACountry(text!.Trim()) is { } note)
        {
            return $"Unknown {what} {quoted}: {note}.";
        }

        if (row < 0 && InputText.NonAsciiProblem(text!, what) is { } nonAscii)
        {
            return nonAscii;
        }

        return $"Unknown {what} {quoted}.{didYouMean}";
    }
}
