namespace KpoSdk.Knowledge.Codes;

/// <summary>ASCII character tests for code lookups: codes are ASCII, so no culture can change the answer.</summary>
internal static class Ascii
{
    /// <summary>0 for 'A' or 'a' through 25 for 'Z' or 'z'; -1 for anything else.</summary>
    public static int LetterIndex(char c)
    {
        int i = (c | 0x20) - 'a';
        return (uint)i < 26u ? i : -1;
    }

    /// <summary>0 through 9 for an ASCII digit; -1 for anything else.</summary>
    public static int DigitValue(char c)
    {
        int i = c - '0';
        return (uint)i < 10u ? i : -1;
    }

    /// <summary>0-9 for digits, 10-35 for letters of either case; -1 for anything else.</summary>
    public static int AlphanumericIndex(char c)
    {
        int d = DigitValue(c);
        if (d >= 0)
        {
            return d;
        }

        int l = LetterIndex(c);
        return l >= 0 ? 10 + l : -1;
    }

    public static char ToUpper(char c) => c >= 'a' && c <= 'z' ? (char)(c - 32) : c;

    public static char ToLower(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;

    public static string ToUpper(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = ToUpper(chars[i]);
        }

        return new string(chars);
    }

    public static string ToLower(string text)
    {
        var chars = text.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            chars[i] = ToLower(chars[i]);
        }

        return new string(chars);
    }

    /// <summary>Ordinal comparison that folds ASCII letters only.</summary>
    public static bool EqualsIgnoreCase(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        for (int i = 0; i < a.Length; i++)
        {
            if (ToUpper(a[i]) != ToUpper(b[i]))
            {
                return false;
            }
        }

        return true;
    }
}
