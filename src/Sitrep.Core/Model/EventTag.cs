namespace Sitrep.Model;

/// <summary>Sitrep's domain tags, written in snake_case in every output (prison_attack…).</summary>
public enum EventTag
{
    /// <summary>An assault on a detention site.</summary>
    PrisonAttack,
    /// <summary>Detainees got out.</summary>
    PrisonBreak,
    /// <summary>People left custody, by any means.</summary>
    Escape,
    /// <summary>Escapees caught again.</summary>
    Recapture,
    /// <summary>Unrest inside a facility.</summary>
    Riot,
    /// <summary>Vehicle-borne explosive.</summary>
    CarBomb,
    /// <summary>The attacker meant to die.</summary>
    SuicideAttack,
    /// <summary>Improvised explosive device.</summary>
    Ied,
    /// <summary>Strike from the air.</summary>
    Airstrike,
    /// <summary>Artillery, mortar, rocket or missile fire.</summary>
    Shelling,
    /// <summary>Surprise attack on a moving or unready force.</summary>
    Ambush,
    /// <summary>A raid by security forces.</summary>
    Raid,
    /// <summary>Fighters gave themselves up.</summary>
    Surrender,
    /// <summary>A planned attack was stopped.</summary>
    PlotFoiled,
    /// <summary>A group said it did it.</summary>
    ClaimOfResponsibility,
    /// <summary>A truce or cease-fire.</summary>
    Ceasefire,
    /// <summary>Forces pulled out.</summary>
    Withdrawal,
    /// <summary>Forces sent in.</summary>
    Deployment,
    /// <summary>A cross-border military incursion.</summary>
    Incursion,
    /// <summary>People returned to their country.</summary>
    Repatriation,
}
