namespace Sitrep.Model;

/// <summary>How sure the source is of what it reports.</summary>
public enum Certainty
{
    /// <summary>Stated as fact or confirmed by an authority.</summary>
    Confirmed,
    /// <summary>Reported by a source, not independently confirmed.</summary>
    Reported,
    /// <summary>Claimed by an interested party (responsibility, boasts).</summary>
    Claimed,
    /// <summary>Explicitly unconfirmed or unverifiable.</summary>
    Unconfirmed,
    /// <summary>Denied by a party.</summary>
    Denied,
}
