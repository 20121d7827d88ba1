namespace KpoSdk.Knowledge.Rules;

/// <summary>A named set of jurisdictions that rules refer to as "@NAME", e.g. "@EU"; members may be dated and may name other groups.</summary>
internal sealed class JurisdictionGroup
{
    public JurisdictionGroup(string name, string title, string? note, IReadOnlyList<DatedJurisdiction> members)
    {
        if (name is null || name.Length < 2 || name[0] != '@')
        {
            throw new ArgumentException($"A group name starts with '@', e.g. '@EU'; got '{name}'.", nameof(name));
        }

        Name = name;
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Note = note;
        Members = members ?? throw new ArgumentNullException(nameof(members));
    }

    public string Name { get; }

    public string Title { get; }

    public string? Note { get; }

    public IReadOnlyList<DatedJurisdiction> Members { get; }
}
