using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>ACLED's split between political violence (battles, explosions, violence against civilians) and the rest.</summary>
internal static class Violence
{
    /// <summary>Whether events of this type are violent.</summary>
    public static bool IsViolent(EventType type) => type is EventType.Battles or EventType.ExplosionsRemoteViolence or EventType.ViolenceAgainstCivilians;

    /// <summary>Whether events of this sub-type are violent.</summary>
    public static bool IsViolent(SubEventType sub) => IsViolent(AcledTypes.TypeOf(sub));
}
