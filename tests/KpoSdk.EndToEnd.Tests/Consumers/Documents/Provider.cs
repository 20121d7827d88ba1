namespace Documents;

/// <summary>The provider's code; its catalog and roster are JSON documents beside it.</summary>
public static class Provider
{
    public const string Name = "Meridian Knowledge Services";
}
