namespace KpoSdk.Knowledge.Rules.Overlay;

/// <summary>One problem in a rule overlay file: where it is (0-based offset and length in the file's text) and what is wrong.</summary>
internal sealed class RuleOverlayError
{
    public RuleOverlayError(int start, int length, string message)
    {
        Start = start;
        Length = length;
        Message = message;
    }

    public int Start { get; }

    public int Length { get; }

    public string Message { get; }

    public override string ToString() => $"{Start}+{Length}: {Message}";
}
