namespace KpoSdk;

/// <summary>
/// An ISO 3166-1 country. Placeholder for the runtime type so the generated members in
/// Generated/Country.Members.g.cs compile; the runtime's Country replaces this file.
/// </summary>
public readonly partial struct Country
{
    private Country(int row) => Row = row;

    /// <summary>The row in the knowledge tables.</summary>
    internal int Row { get; }
}
