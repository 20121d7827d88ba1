namespace KpoSdk.Knowledge.Rules.Overlay;

/// <summary>One problem in a rule overlay file: where it is (0-based offset and length in the file's text) and what is wrong.</summary>
internal sealed class RuleOverlayError
{
    public RuleOverlayError(int start, int length, string message, string path = "$")
    {
        Start = start;
        Length = length;
        Message = message;
        Path = path;
    }

    /// <summary>The JSON path of the value at fault, e.g. <c>$.add[0].ruleId</c>.</summary>
    public string Path { get; }

    public RuleOverlayError WithPath(string path) => new(Start, Length, Message, path);

    public int Start { get; }

    public int Length { get; }

    public string Message { get; }

    public override string ToString() => $"{Start}+{Length}: {Message}";
}
