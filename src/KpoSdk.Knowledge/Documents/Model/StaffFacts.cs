namespace KpoSdk.Documents.Model;

/// <summary>A staff member: how messages name them, and the credentials they hold.</summary>
internal sealed class StaffFacts
{
    public StaffFacts(string id, string name, IReadOnlyList<HeldCredential> credentials)
    {
        Id = id;
        Name = name;
        Credentials = credentials;
    }

    public string Id { get; }

    public string Name { get; }

    public IReadOnlyList<HeldCredential> Credentials { get; }

    /// <summary>Returns the ID and name, as <c>StaffMember.ToString</c> does: <c>"E-1042 Priya Nair"</c>.</summary>
    public override string ToString() => $"{Id} {Name}";
}
