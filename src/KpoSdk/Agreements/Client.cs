namespace KpoSdk;

/// <summary>The client of an agreement: who receives the work, where, and in which hours.</summary>
public sealed record Client
{
    /// <summary>Creates a client.</summary>
    /// <param name="name">The client's name.</param>
    /// <param name="jurisdiction">The client's jurisdiction (the "client" side of every country rule), e.g. <c>US-NY</c>.</param>
    /// <param name="businessHours">The client's business hours, which the services must cover unless a service names its own window.</param>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="businessHours"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="jurisdiction"/> is <c>default</c>.</exception>
    public Client(string name, Jurisdiction jurisdiction, CoverageWindow businessHours)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(businessHours);
        if (jurisdiction.IsDefault)
        {
            throw new ArgumentException("default(Jurisdiction) names no place.", nameof(jurisdiction));
        }

        Name = name;
        Jurisdiction = jurisdiction;
        BusinessHours = businessHours;
    }

    /// <summary>Gets the client's name.</summary>
    public string Name { get; }

    /// <summary>Gets the client's jurisdiction.</summary>
    public Jurisdiction Jurisdiction { get; }

    /// <summary>Gets the client's business hours.</summary>
    public CoverageWindow BusinessHours { get; }

    /// <summary>Returns the name and jurisdiction, e.g. <c>"Hudson Tax LLC (US-NY)"</c>.</summary>
    public override string ToString() => $"{Name} ({Jurisdiction})";
}
