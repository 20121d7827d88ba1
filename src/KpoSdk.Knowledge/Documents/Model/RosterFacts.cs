namespace KpoSdk.Documents.Model;

/// <summary>A roster's staff, as far as a roster can be checked without an agreement.</summary>
internal sealed class RosterFacts
{
    public RosterFacts(IReadOnlyList<StaffFacts> staff) => Staff = staff;

    public IReadOnlyList<StaffFacts> Staff { get; }
}
