namespace KpoSdk.Knowledge.Text;

/// <summary>The English three-letter day names of the weekly-hours text form, by ISO day.</summary>
internal static class DayNames
{
    private static readonly string[] Names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

    /// <summary>The canonical name of an ISO day (1 = Monday … 7 = Sunday).</summary>
    public static string Of(int isoDay) => Names[isoDay - 1];

    /// <summary>The ISO day named by exactly three letters, any case; 0 when none.</summary>
    public static int Find(string text, int start, int length)
    {
        if (length != 3)
        {
            return 0;
        }

        for (int i = 0; i < Names.Length; i++)
        {
            if (string.Compare(text, start, Names[i], 0, 3, StringComparison.OrdinalIgnoreCase) == 0)
            {
                return i + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// The day a misspelt word most likely means: the one whose name it starts with, or which
    /// starts with it ("Monday", "Tues", "Mo"); 0 when none is clear.
    /// </summary>
    public static int Suggest(string word)
    {
        if (word.Length < 2)
        {
            return 0;
        }

        int found = 0;
        for (int i = 0; i < Names.Length; i++)
        {
            int common = Math.Min(word.Length, 3);
            if (string.Compare(word, 0, Names[i], 0, common, StringComparison.OrdinalIgnoreCase) == 0)
            {
                if (found != 0)
                {
                    return 0;
                }

                found = i + 1;
            }
        }

        return found;
    }
}
