namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// Case-insensitive optimal string alignment distance (Levenshtein plus adjacent transposition),
/// for "did you mean" suggestions: "UAS" is one edit from "USA", as a typist would count.
/// </summary>
internal static class EditDistance
{
    /// <summary>Shortest name a typo search is tried for: below it, one edit reaches too many names.</summary>
    public const int MinNameLength = 5;

    /// <summary>
    /// How many typos a name of this length may have and still be recognised: one below eight
    /// characters, two from eight ("Holland" is two edits from "Poland", "Portugese" one from
    /// "Portuguese").
    /// </summary>
    public static int MaxTypos(int length) => length >= 8 ? 2 : 1;

    /// <summary>The distance, or any value above <paramref name="max"/> once it is sure to exceed it.</summary>
    public static int Between(string a, string b, int max = int.MaxValue)
    {
        if (Math.Abs(a.Length - b.Length) > max)
        {
            return max + 1;
        }

        // Three rows of the dynamic-programming matrix: two back for transpositions.
        var previous2 = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            int rowMin = i;
            char ai = char.ToUpperInvariant(a[i - 1]);
            for (int j = 1; j <= b.Length; j++)
            {
                char bj = char.ToUpperInvariant(b[j - 1]);
                int cost = ai == bj ? 0 : 1;
                int d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && ai == char.ToUpperInvariant(b[j - 2]) && char.ToUpperInvariant(a[i - 2]) == bj)
                {
                    d = Math.Min(d, previous2[j - 2] + 1);
                }

                current[j] = d;
                rowMin = Math.Min(rowMin, d);
            }

            if (rowMin > max)
            {
                return max + 1;
            }

            (previous2, previous, current) = (previous, current, previous2);
        }

        return previous[b.Length];
    }
}
