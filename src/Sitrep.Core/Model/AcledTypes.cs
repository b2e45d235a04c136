namespace Sitrep.Model;

/// <summary>ACLED's six event types.</summary>
public enum EventType
{
    /// <summary>Battles.</summary>
    Battles,
    /// <summary>Explosions/Remote violence.</summary>
    ExplosionsRemoteViolence,
    /// <summary>Violence against civilians.</summary>
    ViolenceAgainstCivilians,
    /// <summary>Protests.</summary>
    Protests,
    /// <summary>Riots.</summary>
    Riots,
    /// <summary>Strategic developments.</summary>
    StrategicDevelopments,
}

/// <summary>ACLED's 25 sub-event types; each belongs to exactly one <see cref="EventType"/>.</summary>
public enum SubEventType
{
    /// <summary>Armed clash.</summary>
    ArmedClash,
    /// <summary>Government regains territory.</summary>
    GovernmentRegainsTerritory,
    /// <summary>Non-state actor overtakes territory.</summary>
    NonStateActorOvertakesTerritory,
    /// <summary>Chemical weapon.</summary>
    ChemicalWeapon,
    /// <summary>Air/drone strike.</summary>
    AirDroneStrike,
    /// <summary>Suicide bomb.</summary>
    SuicideBomb,
    /// <summary>Shelling/artillery/missile attack.</summary>
    ShellingArtilleryMissileAttack,
    /// <summary>Remote explosive/landmine/IED.</summary>
    RemoteExplosiveLandmineIed,
    /// <summary>Grenade.</summary>
    Grenade,
    /// <summary>Sexual violence.</summary>
    SexualViolence,
    /// <summary>Attack (on civilians).</summary>
    Attack,
    /// <summary>Abduction/forced disappearance.</summary>
    AbductionForcedDisappearance,
    /// <summary>Peaceful protest.</summary>
    PeacefulProtest,
    /// <summary>Protest with intervention.</summary>
    ProtestWithIntervention,
    /// <summary>Excessive force against protesters.</summary>
    ExcessiveForceAgainstProtesters,
    /// <summary>Violent demonstration.</summary>
    ViolentDemonstration,
    /// <summary>Mob violence.</summary>
    MobViolence,
    /// <summary>Agreement.</summary>
    Agreement,
    /// <summary>Arrests.</summary>
    Arrests,
    /// <summary>Change to group/activity.</summary>
    ChangeToGroupActivity,
    /// <summary>Disrupted weapons use.</summary>
    DisruptedWeaponsUse,
    /// <summary>Headquarters or base established.</summary>
    HeadquartersOrBaseEstablished,
    /// <summary>Looting/property destruction.</summary>
    LootingPropertyDestruction,
    /// <summary>Non-violent transfer of territory.</summary>
    NonViolentTransferOfTerritory,
    /// <summary>Other.</summary>
    Other,
}

/// <summary>ACLED's names for the types and the sub-type → type hierarchy.</summary>
public static class AcledTypes
{
    static readonly (SubEventType Sub, EventType Type, string Name)[] Table =
    [
        (SubEventType.ArmedClash, EventType.Battles, "Armed clash"),
        (SubEventType.GovernmentRegainsTerritory, EventType.Battles, "Government regains territory"),
        (SubEventType.NonStateActorOvertakesTerritory, EventType.Battles, "Non-state actor overtakes territory"),
        (SubEventType.ChemicalWeapon, EventType.ExplosionsRemoteViolence, "Chemical weapon"),
        (SubEventType.AirDroneStrike, EventType.ExplosionsRemoteViolence, "Air/drone strike"),
        (SubEventType.SuicideBomb, EventType.ExplosionsRemoteViolence, "Suicide bomb"),
        (SubEventType.ShellingArtilleryMissileAttack, EventType.ExplosionsRemoteViolence, "Shelling/artillery/missile attack"),
        (SubEventType.RemoteExplosiveLandmineIed, EventType.ExplosionsRemoteViolence, "Remote explosive/landmine/IED"),
        (SubEventType.Grenade, EventType.ExplosionsRemoteViolence, "Grenade"),
        (SubEventType.SexualViolence, EventType.ViolenceAgainstCivilians, "Sexual violence"),
        (SubEventType.Attack, EventType.ViolenceAgainstCivilians, "Attack"),
        (SubEventType.AbductionForcedDisappearance, EventType.ViolenceAgainstCivilians, "Abduction/forced disappearance"),
        (SubEventType.PeacefulProtest, EventType.Protests, "Peaceful protest"),
        (SubEventType.ProtestWithIntervention, EventType.Protests, "Protest with intervention"),
        (SubEventType.ExcessiveForceAgainstProtesters, EventType.Protests, "Excessive force against protesters"),
        (SubEventType.ViolentDemonstration, EventType.Riots, "Violent demonstration"),
        (SubEventType.MobViolence, EventType.Riots, "Mob violence"),
        (SubEventType.Agreement, EventType.StrategicDevelopments, "Agreement"),
        (SubEventType.Arrests, EventType.StrategicDevelopments, "Arrests"),
        (SubEventType.ChangeToGroupActivity, EventType.StrategicDevelopments, "Change to group/activity"),
        (SubEventType.DisruptedWeaponsUse, EventType.StrategicDevelopments, "Disrupted weapons use"),
        (SubEventType.HeadquartersOrBaseEstablished, EventType.StrategicDevelopments, "Headquarters or base established"),
        (SubEventType.LootingPropertyDestruction, EventType.StrategicDevelopments, "Looting/property destruction"),
        (SubEventType.NonViolentTransferOfTerritory, EventType.StrategicDevelopments, "Non-violent transfer of territory"),
        (SubEventType.Other, EventType.StrategicDevelopments, "Other"),
    ];

    static readonly string[] TypeNames =
        ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"];

    /// <summary>All 25 sub-event types in ACLED's order.</summary>
    public static IReadOnlyList<SubEventType> SubEventTypes { get; } = Table.Select(t => t.Sub).ToArray();

    /// <summary>The event type a sub-event type belongs to.</summary>
    public static EventType TypeOf(SubEventType sub) => Table[(int)sub].Type;

    /// <summary>ACLED's name of a sub-event type ("Air/drone strike").</summary>
    public static string Name(SubEventType sub) => Table[(int)sub].Name;

    /// <summary>ACLED's name of an event type ("Explosions/Remote violence").</summary>
    public static string Name(EventType type) => TypeNames[(int)type];

    /// <summary>Parses ACLED's name of a sub-event type, ignoring case.</summary>
    public static bool TryParseSubEventType(string? name, out SubEventType sub)
    {
        foreach (var row in Table)
            if (string.Equals(row.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)) { sub = row.Sub; return true; }
        sub = default;
        return false;
    }

    /// <summary>Parses ACLED's name of an event type, ignoring case.</summary>
    public static bool TryParseEventType(string? name, out EventType type)
    {
        int i = Array.FindIndex(TypeNames, n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));
        type = i < 0 ? default : (EventType)i;
        return i >= 0;
    }
}
