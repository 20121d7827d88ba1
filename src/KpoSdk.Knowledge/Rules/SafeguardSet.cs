namespace KpoSdk.Knowledge.Rules;

/// <summary>The data-transfer safeguards in place for an engagement, as a bit set (safeguard values are 1 to 63).</summary>
internal readonly struct SafeguardSet : IEquatable<SafeguardSet>
{
    private readonly ulong _bits;

    private SafeguardSet(ulong bits) => _bits = bits;

    public static SafeguardSet None => default;

    public bool IsEmpty => _bits == 0;

    public static SafeguardSet Of(IEnumerable<Safeguard>? safeguards)
    {
        ulong bits = 0;
        if (safeguards is not null)
        {
            foreach (var safeguard in safeguards)
            {
                bits |= Bit(safeguard);
            }
        }

        return new SafeguardSet(bits);
    }

    public static SafeguardSet Of(params Safeguard[] safeguards) => Of((IEnumerable<Safeguard>)safeguards);

    public SafeguardSet With(Safeguard safeguard) => new(_bits | Bit(safeguard));

    public bool Contains(Safeguard safeguard) => (_bits & Bit(safeguard)) != 0;

    /// <summary>True when every safeguard of <paramref name="required"/> is in this set.</summary>
    public bool ContainsAll(SafeguardSet required) => (_bits & required._bits) == required._bits;

    public IEnumerable<Safeguard> Members()
    {
        for (int value = 1; value < 64; value++)
        {
            if ((_bits & (1UL << value)) != 0)
            {
                yield return (Safeguard)value;
            }
        }
    }

    public bool Equals(SafeguardSet other) => _bits == other._bits;

    public override bool Equals(object? obj) => obj is SafeguardSet other && Equals(other);

    public override int GetHashCode() => _bits.GetHashCode();

    private static ulong Bit(Safeguard safeguard)
    {
        int value = (int)safeguard;
        return value is >= 1 and < 64 && Enum.IsDefined(typeof(Safeguard), safeguard)
            ? 1UL << value
            : throw new ArgumentOutOfRangeException(nameof(safeguard), safeguard, $"{value} is not a Safeguard value.");
    }
}
