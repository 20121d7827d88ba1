namespace KpoSdk.Shared.Docs;

/// <summary>
/// The marker of a <c>sh</c> block, which says for each command line which test runs it or why none
/// can: <c>&lt;!-- commands: run by ReadmeInstallTests --&gt;</c>, or clauses separated by <c>;</c>,
/// each optionally limited to the lines that start with a quoted prefix (a <c>run by</c> clause may add
/// <c>: how</c> after the class name):
/// <c>&lt;!-- commands: "dotnet run --project samples/" run by ReadmeQuickstartTests; "dotnet test" not run: it is the test suite itself --&gt;</c>.
/// A line takes the clause with the longest prefix it starts with, else the clause without a prefix.
/// The vocabulary is documented in docs/architecture.md (Tested documentation).
/// </summary>
internal sealed record CommandMarker(IReadOnlyList<CommandClause> Clauses)
{
    public const string Keyword = "commands:";

    /// <summary>Reads a marker; throws <see cref="FormatException"/> naming the clause that does not fit the vocabulary.</summary>
    public static CommandMarker Parse(string marker)
    {
        if (!marker.StartsWith(Keyword, StringComparison.Ordinal))
        {
            throw new FormatException($"'{marker}' is not a commands marker: it must start with '{Keyword}'.");
        }

        var clauses = marker[Keyword.Length..].Split(';').Select(c => CommandClause.Parse(c.Trim())).ToList();
        var repeated = clauses.GroupBy(c => c.Prefix).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new FormatException($"'{marker}' has two clauses for {(repeated.Key is null ? "the lines without a prefix" : $"the prefix \"{repeated.Key}\"")}.");
        }

        return new CommandMarker(clauses);
    }

    /// <summary>The clause that decides about <paramref name="command"/>, or null if none does.</summary>
    public CommandClause? ClauseFor(string command) =>
        Clauses.Where(c => c.Prefix is not null && command.StartsWith(c.Prefix, StringComparison.Ordinal)).MaxBy(c => c.Prefix!.Length)
        ?? Clauses.SingleOrDefault(c => c.Prefix is null);
}

/// <summary>One clause of a <see cref="CommandMarker"/>: the test class that runs the lines, or the reason none does.</summary>
internal sealed record CommandClause(string? Prefix, string? Runner, string? Reason)
{
    private const string RunBy = "run by ";
    private const string NotRun = "not run:";

    public static CommandClause Parse(string clause)
    {
        string? prefix = null;
        string rest = clause;
        if (clause.StartsWith('"'))
        {
            int end = clause.IndexOf('"', 1);
            if (end < 2)
            {
                throw new FormatException($"The clause '{clause}' has an unterminated or empty quoted prefix.");
            }

            prefix = clause[1..end];
            rest = clause[(end + 1)..].TrimStart();
        }

        if (rest.StartsWith(RunBy, StringComparison.Ordinal)
            && rest[RunBy.Length..].Split(':')[0].Trim() is { Length: > 0 } runner && runner.All(char.IsAsciiLetterOrDigit))
        {
            return new CommandClause(prefix, runner, null);
        }

        if (rest.StartsWith(NotRun, StringComparison.Ordinal) && rest[NotRun.Length..].Trim() is { Length: > 0 } reason)
        {
            return new CommandClause(prefix, null, reason);
        }

        throw new FormatException($"The clause '{clause}' is neither '[\"prefix\"] run by TestClass' nor '[\"prefix\"] not run: reason'.");
    }
}
