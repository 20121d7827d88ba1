using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>The staff of a provider: the roster document (see docs/json-format.md).</summary>
public sealed record Roster
{
    /// <summary>Creates a roster.</summary>
    /// <param name="provider">The name of the provider whose staff these are.</param>
    /// <param name="staff">The staff members, whose IDs must be unique.</param>
    /// <exception cref="ArgumentNullException"><paramref name="provider"/> or a staff member is null.</exception>
    public Roster(string provider, ImmutableArray<StaffMember> staff)
    {
        ArgumentNullException.ThrowIfNull(provider);
        Provider = provider;
        Staff = staff.OrEmpty();
        if (Staff.Any(s => s is null))
        {
            throw new ArgumentNullException(nameof(staff), "A staff member is null.");
        }
    }

    /// <summary>Gets the name of the provider whose staff these are.</summary>
    public string Provider { get; }

    /// <summary>Gets the staff members, in their declared order.</summary>
    public ImmutableArray<StaffMember> Staff { get; }

    /// <summary>Finds a staff member by exact ID (ordinal); null when there is none.</summary>
    public StaffMember? Find(string id) => Staff.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.Ordinal));

    /// <inheritdoc/>
    public bool Equals(Roster? other) => other is not null && string.Equals(Provider, other.Provider, StringComparison.Ordinal) && Staff.ValueEquals(other.Staff);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Provider, Staff.ValueHash());
}
