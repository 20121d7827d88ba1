using System.Numerics;

namespace KpoSdk;

/// <summary>
/// Roster positions as one bit per member (50,000 staff in 6 KB), so that the roster index combines
/// its lists in time proportional to their lengths and to the roster's size over 64, without sorting.
/// </summary>
internal sealed class StaffSet
{
    private readonly ulong[] _bits;

    /// <summary>An empty set of positions below <paramref name="size"/>.</summary>
    public StaffSet(int size) => _bits = new ulong[(size + 63) / 64];

    public void Clear() => Array.Clear(_bits);

    public void Add(int[] positions)
    {
        foreach (int position in positions)
        {
            _bits[position >> 6] |= 1UL << position;
        }
    }

    public void IntersectWith(StaffSet other)
    {
        for (int i = 0; i < _bits.Length; i++)
        {
            _bits[i] &= other._bits[i];
        }
    }

    /// <summary>The positions in the set, ascending.</summary>
    public List<int> ToList()
    {
        var positions = new List<int>();
        for (int i = 0; i < _bits.Length; i++)
        {
            for (ulong word = _bits[i]; word != 0; word &= word - 1)
            {
                positions.Add((i * 64) + BitOperations.TrailingZeroCount(word));
            }
        }

        return positions;
    }
}
