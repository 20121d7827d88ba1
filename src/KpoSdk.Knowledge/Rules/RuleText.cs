

namespace KpoSdk.Knowledge.Rules;

/// <summary>Checks of the text fields of rules, with messages that quote the bad value.</summary>
internal static class RuleText
{
    public static string CheckKey(string key)
    {
        if (key is null)
        {
            throw new ArgumentNullException(nameof(key));
        }

        bool valid = key.Length > 0 && key.Length <= 100 && key[0] != '-' && key[key.Length - 1] != '-';
        foreach (char c in key)
        {
            valid &= c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-';
        }

        return valid
            ? key
            : throw new ArgumentException($"'{key}' is not a rule key; expected lower-case letters, digits and inner hyphens, e.g. 'us-ofac-iran'.", nameof(key));
    }

    /// <summary>The ID itself when a data rule may report it (the catalogue's rule IDs, as the overlay reader accepts them).</summary>
    public static string CheckRuleId(string ruleId)
    {
        if (ruleId is null)
        {
            throw new ArgumentNullException(nameof(ruleId));
        }

        return DiagnosticCatalog.IsRuleId(ruleId)
            ? ruleId
            : throw new ArgumentException($"{Codes.InputText.Quote(ruleId)} is not an ID that rules report; expected {DiagnosticCatalog.DescribeRuleIds()}.", nameof(ruleId));
    }

    public static string CheckNotBlank(string value, string name)
    {
        if (value is null)
        {
            throw new ArgumentNullException(name);
        }

        return value.Trim().Length > 0 ? value : throw new ArgumentException($"The rule's {name} is empty.", name);
    }
}
