using NodaTime;

namespace KpoSdk.Time.Engine;

/// <summary>
/// Instants as nanoseconds since the Unix epoch in a long, the unit every calendar search works
/// in. A long holds ±292 years of nanoseconds, so calendars cover <see cref="MinInstant"/> to
/// <see cref="MaxInstant"/>: 1900 to 2150. The span must stay well under 292 years so that the
/// difference of any two positions, and a position plus any amount that can still accrue, fits.
/// </summary>
internal static class Positions
{
    public static readonly Instant MinInstant = Instant.FromUtc(1900, 1, 1, 0, 0);

    public static readonly Instant MaxInstant = Instant.FromUtc(2150, 1, 1, 0, 0);

    public static readonly long Min = Of(MinInstant);

    public static readonly long Max = Of(MaxInstant);

    /// <summary>Blocks are 2^55 ns (about 417 days) of instants; a block index is a shift away.</summary>
    public const int BlockShift = 55;

    public static readonly int BlockCount = (int)(((Max - Min) >> BlockShift) + 1);

    public static long Of(Instant instant) => (instant - NodaConstants.UnixEpoch).ToInt64Nanoseconds();

    public static Instant ToInstant(long position) => NodaConstants.UnixEpoch.PlusNanoseconds(position);

    public static int BlockOf(long position) => (int)((position - Min) >> BlockShift);

    public static long BlockStart(int block) => Min + ((long)block << BlockShift);

    public static long BlockEnd(int block) => Math.Min(BlockStart(block + 1), Max);

    /// <summary>The position of an instant inside the supported range, or an override naming the argument.</summary>
    public static long Checked(Instant instant, string parameter)
    {
        if (instant < MinInstant || instant >= MaxInstant)
        {
            throw new ArgumentOutOfRangeException(
                parameter,
                instant,
                $"Business calendars cover instants from {MessageText.Of(MinInstant)} up to (not including) {MessageText.Of(MaxInstant)}.");
        }

        return Of(instant);
    }

    /// <summary>Like <see cref="Checked(Instant, string)"/> but the end of the range is allowed.</summary>
    public static long CheckedEnd(Instant instant, string parameter) =>
        instant == MaxInstant ? Max : Checked(instant, parameter);
}
