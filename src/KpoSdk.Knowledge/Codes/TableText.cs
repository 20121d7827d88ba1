namespace KpoSdk.Knowledge.Codes;

/// <summary>
/// Reads the text form of the large generated tables: one row per line, fields separated by
/// '|', an empty field meaning "none".
/// </summary>
/// <remarks>
/// The tables of thousands of rows (languages, subdivisions, zones) are generated as one string
/// literal each rather than as C# object creations: an array initializer of thousands of
/// objects compiles to one enormous static constructor that takes the JIT hundreds of
/// milliseconds, a cost every compilation loading the analyzers would pay. Splitting the text
/// takes about a millisecond. The small tables (countries, CLDR facts) stay C#.
/// </remarks>
internal static class TableText
{
    /// <summary>The rows of <paramref name="data"/>, each split into exactly <paramref name="fieldCount"/> fields.</summary>
    public static List<string?[]> Rows(string data, int fieldCount)
    {
        var rows = new List<string?[]>();
        int start = 0;
        while (start < data.Length)
        {
            int end = data.IndexOf('\n', start);
            if (end < 0)
            {
                end = data.Length;
            }

            // A checkout that converts line endings gives the literal "\r\n" lines.
            int lineEnd = end > start && data[end - 1] == '\r' ? end - 1 : end;
            if (lineEnd > start)
            {
                rows.Add(Fields(data, start, lineEnd, fieldCount));
            }

            start = end + 1;
        }

        return rows;
    }

    private static string?[] Fields(string data, int lineStart, int lineEnd, int fieldCount)
    {
        var fields = new string?[fieldCount];
        int field = 0, start = lineStart;
        for (int i = lineStart; i <= lineEnd; i++)
        {
            if (i < lineEnd && data[i] != '|')
            {
                continue;
            }

            if (field == fieldCount)
            {
                throw Malformed(data, lineStart, lineEnd, fieldCount);
            }

            fields[field++] = i == start ? null : data.Substring(start, i - start);
            start = i + 1;
        }

        return field == fieldCount ? fields : throw Malformed(data, lineStart, lineEnd, fieldCount);
    }

    private static InvalidOperationException Malformed(string data, int start, int end, int fieldCount) =>
        new($"Generated table row '{data.Substring(start, end - start)}' does not have {fieldCount} fields.");
}
