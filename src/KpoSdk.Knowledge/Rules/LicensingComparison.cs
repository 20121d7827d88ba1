namespace KpoSdk.Knowledge.Rules;

/// <summary>
/// Makes a rule apply only when the delivery is outside the client's licensing jurisdiction: the
/// client's country, or, in the countries listed, the client's top-level subdivision (US states).
/// </summary>
/// <remarks>
/// In a listed country a client that names a subdivision needs a delivery in the same top-level
/// subdivision, and a delivery that names only the country cannot show that and counts as outside;
/// a client that names only the country is compared by country.
/// </remarks>
internal sealed class LicensingComparison
{
    public LicensingComparison(IReadOnlyList<string> subdivisionLevelIn) =>
        SubdivisionLevelIn = subdivisionLevelIn ?? throw new ArgumentNullException(nameof(subdivisionLevelIn));

    /// <summary>Countries (alpha-2) where the licence is granted per subdivision.</summary>
    public IReadOnlyList<string> SubdivisionLevelIn { get; }
}
