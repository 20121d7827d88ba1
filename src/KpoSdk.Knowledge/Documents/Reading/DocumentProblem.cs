namespace KpoSdk.Documents.Reading;

/// <summary>
/// Why a document does not read, at the characters that cause it: the ID the input has where the
/// SDK has one (KPO0001 unknown code, KPO0002 unknown zone, KPO0003 unknown language, KPO0005
/// malformed weekly hours), else KPO0008 (malformed document).
/// </summary>
internal sealed class DocumentProblem
{
    public DocumentProblem(string ruleId, int start, int length, string path, string message)
    {
        RuleId = ruleId;
        Start = start;
        Length = length;
        Path = path;
        Message = message;
    }

    public string RuleId { get; }

    /// <summary>The offset in the text of the first character concerned.</summary>
    public int Start { get; }

    /// <summary>How many characters are concerned (0 at the end of the text).</summary>
    public int Length { get; }

    /// <summary>The JSON path of the value, e.g. <c>$.services[0].centers[1]</c>.</summary>
    public string Path { get; }

    public string Message { get; }

    public override string ToString() => $"{RuleId} at {Start}+{Length} {Path}: {Message}";
}
