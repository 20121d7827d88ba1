namespace KpoSdk.Knowledge.Rules;

/// <summary>The data-transfer mechanisms in place for an engagement, as a bit set (mechanism values are 1 to 63).</summary>
internal readonly struct MechanismSet : IEquatable<MechanismSet>
{
    private readonly ulong _bits;

    private MechanismSet(ulong bits) => _bits = bits;

    public static MechanismSet None => default;

    public bool IsEmpty => _bits == 0;

    public static MechanismSet Of(IEnumerable<DataTransferMechanism>? mechanisms)
    {
        ulong bits = 0;
        if (mechanisms is not null)
        {
            foreach (var mechanism in mechanisms)
            {
                bits |= Bit(mechanism);
            }
        }

        return new MechanismSet(bits);
    }

    public static MechanismSet Of(params DataTransferMechanism[] mechanisms) => Of((IEnumerable<DataTransferMechanism>)mechanisms);

    public MechanismSet With(DataTransferMechanism mechanism) => new(_bits | Bit(mechanism));

    public bool Contains(DataTransferMechanism mechanism) => (_bits & Bit(mechanism)) != 0;

    /// <summary>True when every mechanism of <paramref name="required"/> is in this set.</summary>
    public bool ContainsAll(MechanismSet required) => (_bits & required._bits) == required._bits;

    public IEnumerable<DataTransferMechanism> Members()
    {
        for (int value = 1; value < 64; value++)
        {
            if ((_bits & (1UL << value)) != 0)
            {
                yield return (DataTransferMechanism)value;
            }
        }
    }

    public bool Equals(MechanismSet other) => _bits == other._bits;

    public override bool Equals(object? obj) => obj is MechanismSet other && Equals(other);

    public override int GetHashCode() => _bits.GetHashCode();

    private static ulong Bit(DataTransferMechanism mechanism)
    {
        int value = (int)mechanism;
        return value is >= 1 and < 64 && Enum.IsDefined(typeof(DataTransferMechanism), mechanism)
            ? 1UL << value
            : throw new ArgumentOutOfRangeException(nameof(mechanism), mechanism, $"{value} is not a DataTransferMechanism value.");
    }
}
