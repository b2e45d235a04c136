using System.Globalization;
using Sitrep.Actors.Internal;

namespace Sitrep.Actors;

/// <summary>The named actors and sources of conflict news, with their aliases and the descriptions news uses for them once named.</summary>
/// <remarks>
/// Read from a folder of TSV files: <c>descriptions.tsv</c> holds descriptions, <c>forces.tsv</c> each country's main
/// state force, <c>holders.tsv</c> the adjectives that name a country's holder of places ("Kurdish prisons"), every other <c>*.tsv</c> holds entries (see the header of <c>data/actors/actors.tsv</c> for the columns). Lookups ignore diacritics, apostrophes, hyphens
/// and the dots of initials, and tolerate extra capitals but not missing ones: "Da'esh" finds "Daesh" and "ISIS" finds
/// "ISIS", but "is" never finds "IS".
/// </remarks>
public sealed class ActorDictionary
{
    static readonly string[] EntryColumns = ["canonical", "kind", "country", "aliases", "valid_from", "valid_to", "gloss", "added_by", "added"];
    static readonly string[] DescriptionColumns = ["description", "candidates", "gloss", "added_by", "added"];
    static readonly string[] ForceColumns = ["country", "demonyms", "state_force", "government", "police", "gloss", "added_by", "added"];
    static readonly string[] HolderColumns = ["adjective", "country", "holder", "gloss", "added_by", "added"];
    const string DescriptionsFile = "descriptions.tsv";
    const string ForcesFile = "forces.tsv";
    const string HoldersFile = "holders.tsv";

    static readonly Lazy<ActorDictionary> LazyDefault = new(() => Load(Path.Combine(AppContext.BaseDirectory, "data", "actors")));

    readonly NameIndex _index = new();
    readonly Dictionary<(string Kind, string Country), string> _groups = [];
    readonly Dictionary<string, ActorEntry> _byCanonical = new(StringComparer.Ordinal);
    readonly Dictionary<string, NationalForce> _forceByCountry = new(StringComparer.Ordinal);
    readonly Dictionary<string, NationalForce> _forceByDemonym = new(StringComparer.OrdinalIgnoreCase);
    readonly Dictionary<(string Adjective, string Country), HolderAdjective> _holders = [];

    /// <summary>The dictionary shipped in the output folder's <c>data/actors</c>, loaded on first use.</summary>
    public static ActorDictionary Default => LazyDefault.Value;

    /// <summary>Every entry, in file and line order.</summary>
    public IReadOnlyList<ActorEntry> Entries { get; }

    /// <summary>Every description, in line order.</summary>
    public IReadOnlyList<ActorDescription> Descriptions { get; }

    /// <summary>Each country's main state force, in line order.</summary>
    public IReadOnlyList<NationalForce> Forces { get; }

    /// <summary>The adjectives that name a country's holder of places and sites, in line order.</summary>
    public IReadOnlyList<HolderAdjective> Holders { get; }

    internal NameIndex Index => _index;

    ActorDictionary(List<ActorEntry> entries, List<ActorDescription> descriptions, List<NationalForce> forces, List<HolderAdjective> holders)
    {
        Entries = entries;
        Descriptions = descriptions;
        Forces = forces;
        Holders = holders;
        foreach (var e in entries)
        {
            if (!_byCanonical.TryAdd(e.Canonical, e))
                throw new SitrepException($"{e.Origin}: canonical name '{e.Canonical}' is already defined at {_byCanonical[e.Canonical].Origin}; merge the two lines.");
            if (e.Kind is ActorKinds.Civilians or ActorKinds.Protesters or ActorKinds.Rioters && e.Country is not null)
                _groups[(e.Kind, e.Country)] = e.Canonical;
        }
        foreach (var e in entries)
            foreach (var name in e.Aliases.Prepend(e.Canonical).Distinct(StringComparer.Ordinal))
                AddName(name, e.Origin, e, null);
        foreach (var d in descriptions)
        {
            if (d.Candidates.FirstOrDefault(c => !_byCanonical.ContainsKey(c)) is string unknown)
                throw new SitrepException($"{d.Origin}: description '{d.Phrase}' names the candidate '{unknown}', which no entry defines; use a canonical name from the entry files.");
            AddName(d.Phrase, d.Origin, null, d);
        }
        foreach (var f in forces) AddForce(f);
        foreach (var h in holders) AddHolder(h);
    }

    void AddHolder(HolderAdjective h)
    {
        if (!_byCanonical.ContainsKey(h.Force))
            throw new SitrepException($"{h.Origin}: holder '{h.Force}' is not an entry; use a canonical name from the entry files.");
        if (!_holders.TryAdd((h.Adjective.ToLowerInvariant(), h.Country), h))
            throw new SitrepException($"{h.Origin}: '{h.Adjective}' in {h.Country} is already on {_holders[(h.Adjective.ToLowerInvariant(), h.Country)].Origin}.");
    }

    void AddForce(NationalForce f)
    {
        if (_byCanonical.GetValueOrDefault(f.StateForce) is not { Kind: ActorKinds.StateForce })
            throw new SitrepException($"{f.Origin}: '{f.StateForce}' is not a state_force entry; use the canonical name of one.");
        if (f.Government is { } government && _byCanonical.GetValueOrDefault(government) is not { Kind: ActorKinds.Government })
            throw new SitrepException($"{f.Origin}: '{government}' is not a government entry; use the canonical name of one or leave the column empty.");
        if (f.Police is { } police && _byCanonical.GetValueOrDefault(police) is not { Kind: ActorKinds.StateForce })
            throw new SitrepException($"{f.Origin}: police '{police}' is not a state_force entry; use the canonical name of one or leave the column empty.");
        if (!_forceByCountry.TryAdd(f.Country, f))
            throw new SitrepException($"{f.Origin}: country {f.Country} is already on {_forceByCountry[f.Country].Origin}; a country has one main force.");
        foreach (var demonym in f.Demonyms)
            if (!_forceByDemonym.TryAdd(demonym, f))
                throw new SitrepException($"{f.Origin}: demonym '{demonym}' is already on {_forceByDemonym[demonym].Origin}.");
    }

    void AddName(string name, string origin, ActorEntry? entry, ActorDescription? description)
    {
        var words = new NameText(name);
        if (words.Tokens.Count == 0) throw new SitrepException($"{origin}: the name '{name}' has no letters or digits.");
        foreach (var other in _index.Add(words, entry, description))
        {
            string clash = (other.Entry, entry, other.Description, description) switch
            {
                ({ } a, { } b, _, _) when a.Canonical != b.Canonical => $"alias '{name}' is already an alias of '{a.Canonical}' ({a.Origin})",
                ({ } a, _, _, { }) => $"description '{name}' is already an alias of '{a.Canonical}' ({a.Origin}); make it an alias or drop it",
                (_, { }, { } d, _) => $"alias '{name}' is already a description ({d.Origin}); make it a description or drop it",
                (_, _, { } d, { }) => $"description '{name}' is already on {d.Origin}; list all its candidates on one line",
                _ => "",
            };
            if (clash.Length > 0) throw new SitrepException($"{origin}: {clash}.");
        }
    }

    /// <summary>Loads every entry file and <c>descriptions.tsv</c> from a folder; throws <see cref="SitrepException"/> naming file and line for any problem.</summary>
    public static ActorDictionary Load(string folder)
    {
        if (!Directory.Exists(folder))
            throw new SitrepException($"{folder}: the actor data folder is missing; it ships as data/actors next to the program.");
        var entries = new List<ActorEntry>();
        var descriptions = new List<ActorDescription>();
        var forces = new List<NationalForce>();
        var holders = new List<HolderAdjective>();
        foreach (var path in Directory.GetFiles(folder, "*.tsv").Order(StringComparer.Ordinal))
        {
            if (Path.GetFileName(path) == DescriptionsFile)
                descriptions.AddRange(TsvFile.Read(path, DescriptionColumns).Select(ReadDescription));
            else if (Path.GetFileName(path) == ForcesFile)
                forces.AddRange(TsvFile.Read(path, ForceColumns).Select(ReadForce));
            else if (Path.GetFileName(path) == HoldersFile)
                holders.AddRange(TsvFile.Read(path, HolderColumns).Select(ReadHolder));
            else
                entries.AddRange(TsvFile.Read(path, EntryColumns).Select(ReadEntry));
        }
        if (entries.Count == 0)
            throw new SitrepException($"{folder}: no actor entries found; expected actors.tsv and sources.tsv.");
        return new ActorDictionary(entries, descriptions, forces, holders);
    }

    static ActorEntry ReadEntry(TsvRow row)
    {
        var c = row.Cells;
        Require(c[0], "canonical", row);
        if (!ActorKinds.All.Contains(c[1]))
            throw new SitrepException($"{row.Origin}: unknown kind '{c[1]}'; use one of {string.Join(", ", ActorKinds.All.Order())}.");
        string? country = c[2].Length == 0 ? null : c[2];
        if (country is not null && (country.Length != 2 || !country.All(char.IsAsciiLetterUpper)))
            throw new SitrepException($"{row.Origin}: country '{country}' is not an ISO 3166-1 alpha-2 code such as SY; leave it empty for international bodies.");
        var aliases = c[3].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Require(c[6], "gloss", row);
        Require(c[7], "added_by", row);
        return new ActorEntry(c[0], c[1], country, aliases, OptionalDay(c[4], "valid_from", row), OptionalDay(c[5], "valid_to", row),
            c[6], c[7], Day(c[8], "added", row), row.Origin);
    }

    static ActorDescription ReadDescription(TsvRow row)
    {
        var c = row.Cells;
        Require(c[0], "description", row);
        var candidates = c[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (candidates.Length == 0) throw new SitrepException($"{row.Origin}: the candidates column is empty; name at least one canonical actor.");
        Require(c[2], "gloss", row);
        Require(c[3], "added_by", row);
        return new ActorDescription(c[0], candidates, c[2], c[3], Day(c[4], "added", row), row.Origin);
    }

    static NationalForce ReadForce(TsvRow row)
    {
        var c = row.Cells;
        RequireCountry(c[0], row);
        var demonyms = c[1].Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (demonyms.FirstOrDefault(d => !d.All(char.IsLetter)) is string odd)
            throw new SitrepException($"{row.Origin}: demonym '{odd}' is not one word of letters.");
        Require(c[2], "state_force", row);
        Require(c[5], "gloss", row);
        Require(c[6], "added_by", row);
        return new NationalForce(c[0], demonyms, c[2], c[3].Length == 0 ? null : c[3], c[4].Length == 0 ? null : c[4], c[5], c[6], Day(c[7], "added", row), row.Origin);
    }

    static HolderAdjective ReadHolder(TsvRow row)
    {
        var c = row.Cells;
        if (c[0].Length == 0 || !c[0].All(char.IsLetter))
            throw new SitrepException($"{row.Origin}: adjective '{c[0]}' is not one word of letters.");
        RequireCountry(c[1], row);
        Require(c[2], "holder", row);
        Require(c[3], "gloss", row);
        Require(c[4], "added_by", row);
        return new HolderAdjective(c[0], c[1], c[2], c[3], c[4], Day(c[5], "added", row), row.Origin);
    }

    static void RequireCountry(string cell, TsvRow row)
    {
        if (cell.Length != 2 || !cell.All(char.IsAsciiLetterUpper))
            throw new SitrepException($"{row.Origin}: country '{cell}' is not an ISO 3166-1 alpha-2 code such as SY.");
    }

    static void Require(string cell, string column, TsvRow row)
    {
        if (cell.Length == 0) throw new SitrepException($"{row.Origin}: the {column} column is empty; every entry needs one.");
    }

    static DateOnly? OptionalDay(string cell, string column, TsvRow row) => cell.Length == 0 ? null : Day(cell, column, row);

    static DateOnly Day(string cell, string column, TsvRow row) =>
        DateOnly.TryParseExact(cell, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : throw new SitrepException($"{row.Origin}: {column} '{cell}' is not a date like 2022-01-21.");

    /// <summary>The entry a name denotes, or null; ignores diacritics, apostrophes, hyphens and initials' dots, and needs the name's capitals ("IS" is not "is").</summary>
    /// <remarks>A canonical name is found as written, even one such as "Civilians (Syria)" that text never contains. Descriptions ("the jihadist group") are not names and are never found here; a possessive ("SDF's") is.</remarks>
    public ActorEntry? Find(string alias)
    {
        if (_byCanonical.TryGetValue(alias, out var named)) return named;
        var words = new NameText(alias);
        if (words.Tokens.Count == 0) return null;
        foreach (var match in _index.MatchesAt(words, 0))
        {
            if (match.TokenCount != words.Tokens.Count) continue;
            var entry = match.Targets.FirstOrDefault(t => t.Entry is not null && NameIndex.HonoursCase(t, words, 0, match.Possessive))?.Entry;
            if (entry is not null) return entry;
        }
        return null;
    }

    /// <summary>The canonical name for civilians of a country in <see cref="Default"/> ("Civilians (Syria)"), or "Civilians" when the country is unknown or has no entry.</summary>
    public static string CiviliansOf(string? countryIso2) => Default.GroupOf(ActorKinds.Civilians, countryIso2) ?? "Civilians";

    /// <summary>The canonical name for protesters of a country in <see cref="Default"/> ("Protesters (Iraq)"), or "Protesters" when the country is unknown or has no entry.</summary>
    public static string ProtestersOf(string? countryIso2) => Default.GroupOf(ActorKinds.Protesters, countryIso2) ?? "Protesters";

    /// <summary>The canonical name of a country's main state force ("Iraqi security forces" for IQ), or null when <c>forces.tsv</c> has none.</summary>
    public string? StateForceOf(string? countryIso2) =>
        countryIso2 is not null && _forceByCountry.TryGetValue(countryIso2.ToUpperInvariant(), out var f) ? f.StateForce : null;

    /// <summary>The canonical name of a country's police force ("Nigeria Police Force" for NG), its main state force when
    /// <c>forces.tsv</c> lists no separate police, or null when it has no line for the country.</summary>
    public string? PoliceOf(string? countryIso2) =>
        countryIso2 is not null && _forceByCountry.TryGetValue(countryIso2.ToUpperInvariant(), out var f) ? f.Police ?? f.StateForce : null;

    /// <summary>The canonical name of a country's government ("Government of Turkey" for TR), or null when <c>forces.tsv</c> lists none.</summary>
    public string? GovernmentOf(string? countryIso2) =>
        countryIso2 is not null && _forceByCountry.TryGetValue(countryIso2.ToUpperInvariant(), out var f) ? f.Government : null;

    /// <summary>The canonical name of the state force a demonym stands for ("Russian", any case, gives "Russian military"), or null.</summary>
    public string? StateForceOfDemonym(string word) => _forceByDemonym.TryGetValue(word, out var f) ? f.StateForce : null;

    /// <summary>The force an adjective (any case) names as holding places and sites in a country ("Kurdish" in SY gives the
    /// Syrian Democratic Forces), or null.</summary>
    public string? HolderOf(string adjective, string? countryIso2) =>
        countryIso2 is not null && _holders.TryGetValue((adjective.ToLowerInvariant(), countryIso2.ToUpperInvariant()), out var h) ? h.Force : null;

    /// <summary>The country a demonym of <c>forces.tsv</c> stands for ("Syrian", any case, gives SY), or null.</summary>
    public string? CountryOfDemonym(string word) => _forceByDemonym.TryGetValue(word, out var f) ? f.Country : null;

    /// <summary>The canonical name of this dictionary's <paramref name="kind"/> entry (civilians, protesters, rioters) for a country, or null.</summary>
    public string? GroupOf(string kind, string? countryIso2) =>
        countryIso2 is not null && _groups.TryGetValue((kind, countryIso2.ToUpperInvariant()), out var name) ? name : null;
}
