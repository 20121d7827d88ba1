namespace KpoSdk;

/// <summary>One reason a staff member does not qualify for a service, with a path relative to the member (internal).</summary>
internal readonly record struct StaffFinding(string Path, string RuleId, string Message);
