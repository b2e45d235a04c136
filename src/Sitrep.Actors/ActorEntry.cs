namespace Sitrep.Actors;

/// <summary>One named actor or source: its canonical name, what it is, and the names news uses for it.</summary>
/// <param name="Canonical">The name events and attributions are coded with ("Syrian Democratic Forces").</param>
/// <param name="Kind">One of <see cref="ActorKinds.All"/> ("rebel_group", "outlet"…).</param>
/// <param name="Country">ISO 3166-1 alpha-2 of the country it belongs to; null for international bodies.</param>
/// <param name="Aliases">Other names for it, as written in the data; the canonical name also matches.</param>
/// <param name="ValidFrom">First day the name denotes this actor, when that matters.</param>
/// <param name="ValidTo">Last day the name denotes this actor, when that matters.</param>
/// <param name="Gloss">A plain-language line saying who this is.</param>
/// <param name="Origin">The data file and line it was read from, for messages.</param>
public sealed record ActorEntry(
    string Canonical, string Kind, string? Country, IReadOnlyList<string> Aliases,
    DateOnly? ValidFrom, DateOnly? ValidTo, string Gloss, string AddedBy, DateOnly Added, string Origin)
{
    /// <summary>Whether the entry is mainly a reporter of news (outlet, monitor, research group) rather than a party to it.</summary>
    public bool IsReporter => Kind is ActorKinds.Outlet or ActorKinds.Monitor or ActorKinds.ResearchGroup;
}

/// <summary>A generic description news uses for an actor it has already named ("the jihadist group").</summary>
/// <remarks>It refers to an actor only when one of <see cref="Candidates"/> was named earlier in the same article; when several were, the one named most recently.</remarks>
/// <param name="Phrase">The description as written in the data.</param>
/// <param name="Candidates">Canonical names of the actors it can refer to.</param>
/// <param name="Gloss">When and why news uses it for that actor.</param>
/// <param name="Origin">The data file and line it was read from, for messages.</param>
public sealed record ActorDescription(string Phrase, IReadOnlyList<string> Candidates, string Gloss, string AddedBy, DateOnly Added, string Origin);

/// <summary>A country's main state force and the demonyms news uses for it ("Russian air strikes").</summary>
/// <param name="Country">ISO 3166-1 alpha-2 code.</param>
/// <param name="Demonyms">Adjectives for the country's forces, one word each, matched without case.</param>
/// <param name="StateForce">Canonical name of the force, a <see cref="ActorKinds.StateForce"/> entry.</param>
/// <param name="Government">Canonical name of the country's government, a <see cref="ActorKinds.Government"/> entry, or null when none is listed.</param>
/// <param name="Police">Canonical name of the country's police force, a <see cref="ActorKinds.StateForce"/> entry, or null when the state force covers it.</param>
/// <param name="Gloss">What the line covers.</param>
/// <param name="Origin">The data file and line it was read from, for messages.</param>
public sealed record NationalForce(string Country, IReadOnlyList<string> Demonyms, string StateForce, string? Government, string? Police, string Gloss, string AddedBy, DateOnly Added, string Origin);

/// <summary>An adjective that names, in one country, the force holding a place or site ("Kurdish prisons" in Syria are the SDF's).</summary>
/// <param name="Adjective">One word, matched without case.</param>
/// <param name="Country">ISO 3166-1 alpha-2 code of the country the phrase is about.</param>
/// <param name="Force">Canonical name of the holding force, an entry of the entry files (the holder column).</param>
/// <param name="Gloss">What the line covers.</param>
/// <param name="Origin">The data file and line it was read from, for messages.</param>
public sealed record HolderAdjective(string Adjective, string Country, string Force, string Gloss, string AddedBy, DateOnly Added, string Origin);

/// <summary>The kinds of actor the dictionary knows.</summary>
public static class ActorKinds
{
    /// <summary>Armed forces and police of a state.</summary>
    public const string StateForce = "state_force";
    /// <summary>A multinational military coalition.</summary>
    public const string Coalition = "coalition";
    /// <summary>A non-state armed group fighting a government.</summary>
    public const string RebelGroup = "rebel_group";
    /// <summary>A jihadist armed group.</summary>
    public const string JihadistGroup = "jihadist_group";
    /// <summary>A militia: pro-government, tribal, communal or foreign-backed.</summary>
    public const string Militia = "militia";
    /// <summary>A government, ministry or state as a political actor.</summary>
    public const string Government = "government";
    /// <summary>A political party.</summary>
    public const string PoliticalParty = "political_party";
    /// <summary>Unarmed civilians of a country.</summary>
    public const string Civilians = "civilians";
    /// <summary>Demonstrators of a country.</summary>
    public const string Protesters = "protesters";
    /// <summary>A crowd of a country that turns violent: rioters, a mob (ACLED's actor for riots).</summary>
    public const string Rioters = "rioters";
    /// <summary>A news outlet or agency.</summary>
    public const string Outlet = "outlet";
    /// <summary>A conflict or human-rights monitor.</summary>
    public const string Monitor = "monitor";
    /// <summary>A research group or think tank.</summary>
    public const string ResearchGroup = "research_group";
    /// <summary>An official body that speaks for a state or force (ministry, command, spokesman's office).</summary>
    public const string OfficialBody = "official_body";
    /// <summary>An intergovernmental or international organisation.</summary>
    public const string InternationalOrg = "international_org";

    /// <summary>Every known kind.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        StateForce, Coalition, RebelGroup, JihadistGroup, Militia, Government, PoliticalParty,
        Civilians, Protesters, Rioters, Outlet, Monitor, ResearchGroup, OfficialBody, InternationalOrg,
    };
}
