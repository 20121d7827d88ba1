using System.Globalization;
using KpoSdk.Knowledge.Codes;
using KpoSdk.Knowledge.Json;

namespace KpoSdk.Documents.Reading;

/// <summary>
/// Where the readers of one document put its problems. At most <see cref="MaxProblems"/> are kept
/// (then one more says so), and the readers ask <see cref="Accepts"/> before composing an
/// expensive message, so that a file of ten thousand bad codes costs no more than a hundred. A
/// problem's JSON path is found from its position when it is reported, so that reading a clean
/// document of ten thousand staff builds no path at all.
/// </summary>
internal sealed class ReadContext
{
    public const int MaxProblems = 100;

    private readonly List<DocumentProblem> _problems = [];
    private readonly JsonValue _root;

    public ReadContext(JsonValue root) => _root = root;

    public IReadOnlyList<DocumentProblem> Problems => _problems;

    /// <summary>Whether another problem would still be kept.</summary>
    public bool Accepts => _problems.Count < MaxProblems;

    /// <summary>Reports a problem of the whole value <paramref name="at"/>.</summary>
    public void Report(string ruleId, JsonValue at, string message) => Add(ruleId, at.Start, at.Length, message);

    /// <summary>
    /// Reports a problem at <paramref name="position"/> of the decoded text of a string value: at
    /// those characters when the string is written without escapes (so that positions match), else
    /// at the whole string.
    /// </summary>
    public void ReportInString(string ruleId, JsonValue value, int position, int length, string message)
    {
        string text = value.Text ?? "";
        if (value.Kind == JsonKind.String && value.Length == text.Length + 2 && position >= 0 && position <= text.Length)
        {
            Add(ruleId, value.Start + 1 + position, Math.Max(0, Math.Min(length, text.Length - position)), message);
        }
        else
        {
            Report(ruleId, value, message);
        }
    }

    /// <summary>Reports a problem of the characters from <paramref name="start"/>.</summary>
    public void Add(string ruleId, int start, int length, string message)
    {
        if (_problems.Count < MaxProblems)
        {
            _problems.Add(new DocumentProblem(ruleId, start, length, JsonPaths.At(_root, start), message));
        }
        else if (_problems.Count == MaxProblems)
        {
            _problems.Add(new DocumentProblem(DiagnosticIds.MalformedDocument, start, length, JsonPaths.At(_root, start),
                string.Format(CultureInfo.InvariantCulture, "The document has more than {0} problems; the rest are not reported.", MaxProblems)));
        }
    }

    /// <summary>The JSON path of <paramref name="value"/>, for a message.</summary>
    public string PathOf(JsonValue value) => JsonPaths.At(_root, value.Start);

    /// <summary>A value for a message: a string quoted (cut short), a number as written, else its kind.</summary>
    public static string Describe(JsonValue value) => value.Kind switch
    {
        JsonKind.String => InputText.Quote(value.Text!),
        JsonKind.Number => InputText.Quote(value.Text!).Trim('\''),
        _ => value.Describe(),
    };
}
