using System.Collections.Immutable;

namespace KpoSdk;

/// <summary>
/// Value equality for the immutable arrays in records: <see cref="ImmutableArray{T}"/> compares by
/// reference, so records that hold one would otherwise never equal a copy read back from JSON.
/// </summary>
internal static class Sequences
{
    /// <summary>The array, or an empty one for <c>default</c> (a member missing from JSON).</summary>
    public static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? [] : items;

    public static bool ValueEquals<T>(this ImmutableArray<T> left, ImmutableArray<T> right) =>
        left.OrEmpty().AsSpan().SequenceEqual(right.OrEmpty().AsSpan(), EqualityComparer<T>.Default);

    public static int ValueHash<T>(this ImmutableArray<T> items)
    {
        var hash = new HashCode();
        foreach (var item in items.OrEmpty())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
