namespace KpoSdk.Documents;

/// <summary>The kinds of JSON document the SDK reads (docs/json-format.md).</summary>
public enum KpoDocumentKind
{
    /// <summary>A catalog: a provider with its delivery centres and service catalog.</summary>
    Catalog = 1,

    /// <summary>A roster: a provider's staff.</summary>
    Roster = 2,

    /// <summary>An agreement: a client, a provider and the services agreed.</summary>
    Agreement = 3,
}
