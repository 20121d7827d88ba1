namespace KpoSdk.Knowledge.Codes;

internal static partial class Countries
{
    /// <summary>
    /// The CLDR weekend of a country: bit <c>d - 1</c> is set when ISO day <c>d</c>
    /// (Monday = 1 … Sunday = 7) is a weekend day, e.g. 0b0110000 (Friday-Saturday) for SA.
    /// </summary>
    public static byte WeekendMask(int row) => CountryCldrTable.Rows[row].WeekendMask;

    /// <summary>The number of languages with an official status in the country (0 for a few uninhabited territories).</summary>
    public static int LanguageCount(int row) => CountryLanguages.Start[row + 1] - CountryLanguages.Start[row];

    /// <summary>
    /// The language row of the country's <paramref name="i"/>th language: those official
    /// nationwide first, then de facto official, then official in a region, each by descending
    /// population share (CLDR).
    /// </summary>
    public static int Language(int row, int i) => CountryLanguages.Rows[Index(row, i)];

    /// <summary>The status of the country's <paramref name="i"/>th language (see <see cref="Language"/>).</summary>
    public static LanguageStatus LanguageStatusAt(int row, int i) => CountryLanguages.Statuses[Index(row, i)];

    private static int Index(int row, int i) =>
        (uint)i < (uint)LanguageCount(row)
            ? CountryLanguages.Start[row] + i
            : throw new ArgumentOutOfRangeException(nameof(i), i, $"{Alpha2(row)} has {LanguageCount(row)} languages.");

    /// <summary>
    /// The language lists of every country flattened into parallel arrays, resolved to language
    /// rows once, on first use, so using countries alone never loads the language table.
    /// </summary>
    private static class CountryLanguages
    {
        public static readonly int[] Start = new int[Count + 1];
        public static readonly int[] Rows;
        public static readonly LanguageStatus[] Statuses;

        static CountryLanguages()
        {
            var rows = new List<int>();
            var statuses = new List<LanguageStatus>();
            for (int country = 0; country < Count; country++)
            {
                var record = CountryCldrTable.Rows[country];
                Start[country] = rows.Count;
                Add(record.Official, LanguageStatus.Official);
                Add(record.DeFactoOfficial, LanguageStatus.DeFactoOfficial);
                Add(record.OfficialRegional, LanguageStatus.OfficialRegional);
            }

            Start[Count] = rows.Count;
            Rows = rows.ToArray();
            Statuses = statuses.ToArray();

            void Add(string[] codes, LanguageStatus status)
            {
                foreach (string code in codes)
                {
                    rows.Add(Languages.TryFind(code, out int language)
                        ? language
                        : throw new InvalidOperationException($"The CLDR table names the unknown language '{code}'."));
                    statuses.Add(status);
                }
            }
        }
    }
}
