using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using KpoSdk.Knowledge.Codes;

namespace KpoSdk.Knowledge.Text;

/// <summary>
/// A list of jurisdictions as the contract attributes write it: codes that
/// <see cref="Jurisdictions.TryParse"/> reads (<c>"IN"</c>, <c>"US-NY"</c>, <c>"USA"</c>,
/// <c>"840"</c>), separated by blanks, commas or both, e.g. <c>"IN PH"</c> or <c>"US-NY, CA"</c>.
/// At least one code; a jurisdiction may appear once only (<c>"US USA"</c> repeats the United
/// States). The order is kept, since the first delivery jurisdiction is the primary one.
/// </summary>
/// <remarks>
/// The generator and the analyzers both read the attributes through this class, so a list the
/// analyzer accepts is the list the generator emits; the error's position and length underline
/// the offending code inside the string literal.
/// </remarks>
internal static class JurisdictionListText
{
    public const string Subject = "a valid list of jurisdictions";

    public static ParseResult<JurisdictionId[]> Read(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        var scanner = new TextScanner(Subject, text);
        var ids = new List<JurisdictionId>();
        var firstCodes = new Dictionary<JurisdictionId, (int Start, string Code)>();
        SkipSeparators(scanner);
        while (!scanner.AtEnd)
        {
            int start = scanner.Position;
            while (!scanner.AtEnd && !IsSeparator(scanner.Current))
            {
                scanner.Position++;
            }

            string code = text.Substring(start, scanner.Position - start);
            if (!Jurisdictions.TryParse(code, out var id))
            {
                scanner.Fail(start, code.Length, "a country code ('US', 'USA' or '840') or an ISO 3166-2 subdivision code ('US-NY')", Jurisdictions.DescribeUnknown(code));
                return ParseResult<JurisdictionId[]>.Failure(scanner.Error!);
            }

            if (firstCodes.TryGetValue(id, out var first))
            {
                scanner.Fail(start, code.Length, "each jurisdiction once", $"{InputText.Quote(code)} names {Jurisdictions.Describe(id)} again; it is already in the list as {InputText.Quote(first.Code)} at position {first.Start.ToString(CultureInfo.InvariantCulture)}.");
                return ParseResult<JurisdictionId[]>.Failure(scanner.Error!);
            }

            firstCodes.Add(id, (start, code));
            ids.Add(id);
            SkipSeparators(scanner);
        }

        if (ids.Count == 0)
        {
            scanner.Fail(scanner.Position, 0, "at least one jurisdiction code, such as 'IN' or 'US-NY'");
            return ParseResult<JurisdictionId[]>.Failure(scanner.Error!);
        }

        return ParseResult<JurisdictionId[]>.Success(ids.ToArray());
    }

    public static bool TryParse(string? text, [NotNullWhen(true)] out JurisdictionId[]? ids)
    {
        ids = text is null ? null : Read(text).Value;
        return ids is not null;
    }

    private static bool IsSeparator(char c) => TextScanner.IsBlank(c) || c == ',';

    private static void SkipSeparators(TextScanner scanner)
    {
        while (!scanner.AtEnd && IsSeparator(scanner.Current))
        {
            scanner.Position++;
        }
    }
}
