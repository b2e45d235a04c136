using Sitrep.Gold;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>The synonym sets of synonyms.tsv the code asks about by name (each is &amp;NAME there: <see cref="Site"/> is &amp;SITE).</summary>
internal enum WordSet
{
    /// <summary>Words naming civilians.</summary>
    Civilians,
    /// <summary>Words marking a pattern, trend or possibility rather than one incident.</summary>
    Habitual,
    /// <summary>Sites an incident happens at: prison, camp, base, village…</summary>
    Site,
    /// <summary>Places or states of detention: prison, camp, custody…</summary>
    Custody,
    /// <summary>What an armed force holds: areas, territory, positions…</summary>
    Held,
    /// <summary>People held in custody: prisoners, detainees, inmates.</summary>
    Inmates,
    /// <summary>Words saying an event is still going on: still, continued, until…</summary>
    Ongoing,
    /// <summary>A state's campaign as a whole: incursion, invasion, offensive.</summary>
    Incursion,
    /// <summary>Words saying the act after them has not happened: planned, possible, imminent…</summary>
    Unrealised,
    /// <summary>Nouns for an event already told: "the incident", "the attack".</summary>
    Incident,
    /// <summary>Verbs saying where or that an event happened: "occurred", "took place".</summary>
    Occurred,
    /// <summary>Verbs of answering an appeal: "responded", "answered".</summary>
    Answered,
    /// <summary>Nouns of an appeal for help: "requests", "calls", "pleas".</summary>
    Appeal,
    /// <summary>Words that make what follows part of what was told before: "including", "which included".</summary>
    Included,
    /// <summary>Verbs of brokering a deal between others: "brokered", "mediated".</summary>
    Mediated,
    /// <summary>Adjectives saying an act killed someone: "a deadly ambush", "a fatal shooting".</summary>
    Deadly,
    /// <summary>Nouns of an attack whose agent stands before them and target after: "an IS attack", "raids on Y".</summary>
    AttackNoun,
    /// <summary>Nouns of an escape: "the release of X fighters" makes X's members those who got out.</summary>
    EscapeNoun,
    /// <summary>Verbs of getting away: people who "escaped" or "fled" are not victims.</summary>
    Escaped,
    /// <summary>Common nouns for a state's own forces: "soldiers", "troops", "policemen".</summary>
    GenericForce,
    /// <summary>Words for police: they stand for the country's police force where it has one apart from its army.</summary>
    PoliceWord,
    /// <summary>People an attack kills without naming them: "people", "passersby".</summary>
    Bystanders,
    /// <summary>Verbs an actor does violence with, right after its name: "attacked", "fired", "seized".</summary>
    Violent,
    /// <summary>Nouns between a group's name and its verb: "IS fighters attacked", "SDF units raided".</summary>
    Members,
    /// <summary>Passive verbs of violence suffered: "were killed", "was abducted".</summary>
    Suffered,
    /// <summary>Verbs of defending against an attack: "repelled", "thwarted", "fought off".</summary>
    Defended,
    /// <summary>Nouns of those who speak for an actor: "officials", "spokesman", "statement".</summary>
    Speakers,
    /// <summary>Verbs by which a speaker only tells of an event: "said", "confirmed"; no verb of claiming.</summary>
    Speech,
    /// <summary>Words naming a perpetrator as unknown: "unidentified gunmen", "masked men".</summary>
    Unnamed,
    /// <summary>Verbs of claiming an act: "X claimed responsibility".</summary>
    Claimed,
    /// <summary>Words that deny a claim: "X denied claiming".</summary>
    Denied,
}

/// <summary>The event knowledge of data/events: synonym sets, triggers, weapons and modality frames.</summary>
internal sealed class Lexicon
{
    /// <summary>Every trigger and weapon line.</summary>
    public IReadOnlyList<Trigger> Triggers { get; }

    /// <summary>The matcher over <see cref="Triggers"/>.</summary>
    public TriggerMatcher Matcher { get; }

    /// <summary>For each sub-event type, the types it refines (refinements.tsv).</summary>
    public ILookup<SubEventType, SubEventType> Refines { get; }

    /// <summary>The frames that make triggers tell no incident (modality.tsv).</summary>
    public Modality Modality { get; }

    // The sets the code asks about, indexed by WordSet; null for a set synonyms.tsv does not define (it matches nothing).
    readonly SetElement?[] _sets;

    Lexicon(IReadOnlyList<Trigger> triggers, ILookup<SubEventType, SubEventType> refines, IReadOnlyDictionary<string, SetElement> sets, Modality modality)
    {
        Modality = modality;
        _sets = Enum.GetValues<WordSet>().Select(s => sets.GetValueOrDefault(SetName(s))).ToArray();
        Triggers = triggers;
        Matcher = new TriggerMatcher(triggers);
        Refines = refines;
    }

    /// <summary>Whether a lower-case word belongs to a synonym set.</summary>
    public bool In(WordSet set, string word) => _sets[(int)set]?.Matches(word) == true;

    // The set's name in synonyms.tsv: "&" and the name in capitals (WordSet.Site is &SITE).
    static string SetName(WordSet set) => "&" + set.ToString().ToUpperInvariant();

    /// <summary>Whether a trigger names a weapon (weapons.tsv) rather than an act.</summary>
    public bool IsWeapon(Trigger trigger) => trigger.Origin.StartsWith(WeaponsFile, StringComparison.Ordinal);

    const string WeaponsFile = "weapons.tsv";

    /// <summary>The lexicon shipped in the output folder's data/events.</summary>
    public static Lexicon Default => _default.Value;
    static readonly Lazy<Lexicon> _default = new(() => Load(Path.Combine(AppContext.BaseDirectory, "data", "events")));

    /// <summary>Loads synonyms.tsv, triggers.tsv, weapons.tsv, refinements.tsv and modality.tsv from a folder; throws <see cref="SitrepException"/> naming file and line on any fault.</summary>
    public static Lexicon Load(string folder)
    {
        var sets = LoadSets(Path.Combine(folder, "synonyms.tsv"));
        var triggers = new List<Trigger>();
        foreach (var name in new[] { "triggers.tsv", WeaponsFile })
            foreach (var (origin, cols) in Rows(Path.Combine(folder, name), 5))
                triggers.Add(ParseTrigger(origin, cols, sets));
        var refines = Rows(Path.Combine(folder, "refinements.tsv"), 3)
            .Select(r => (Sub: ParseSub(r.Origin, r.Cols[0]), Parent: ParseSub(r.Origin, r.Cols[1])))
            .ToLookup(r => r.Sub, r => r.Parent);
        var modality = new Modality(Rows(Path.Combine(folder, "modality.tsv"), 4).Select(r => ParseCue(r.Origin, r.Cols)));
        return new Lexicon(triggers, refines, sets, modality);
    }

    static ModalityCue ParseCue(string origin, string[] cols)
    {
        var pattern = cols[0].Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.StartsWith('*') ? ParseSuffix(origin, part) : ParseWord(origin, part)).ToList();
        if (pattern.Count == 0 || pattern[0] is SuffixElement) throw Fault(origin, "a cue needs words and cannot start with a suffix");
        if (!int.TryParse(cols[1], out int reach) || reach is < 0 or > 9) throw Fault(origin, $"reach '{cols[1]}' must be 0 to 9");
        if (!FramesByName.TryGetValue(cols[2], out var frame)) throw Fault(origin, $"frame '{cols[2]}' must be irrealis, purpose, realis or trend");
        return new ModalityCue(pattern, reach, frame, origin);
    }

    static readonly Dictionary<string, Frame> FramesByName =
        Enum.GetValues<Frame>().ToDictionary(f => f.ToString().ToLowerInvariant(), StringComparer.Ordinal);

    static SuffixElement ParseSuffix(string origin, string part)
    {
        var suffix = part[1..];
        if (suffix.Length < 2 || suffix.Any(c => !char.IsAsciiLetterLower(c))) throw Fault(origin, $"suffix '{part}' must be * and at least two lower-case letters");
        return new SuffixElement(suffix);
    }

    static Dictionary<string, SetElement> LoadSets(string path)
    {
        var members = new Dictionary<string, List<PatternElement>>(StringComparer.Ordinal);
        foreach (var (origin, cols) in Rows(path, 3))
        {
            if (!cols[0].StartsWith('&')) throw Fault(origin, $"set name '{cols[0]}' must start with &");
            if (!members.TryGetValue(cols[0], out var list)) members[cols[0]] = list = [];
            list.Add(ParseWord(origin, cols[1]));
        }
        return members.ToDictionary(kv => kv.Key, kv => new SetElement(kv.Key, kv.Value), StringComparer.Ordinal);
    }

    static Trigger ParseTrigger(string origin, string[] cols, Dictionary<string, SetElement> sets)
    {
        var pattern = cols[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(part => part switch
        {
            ".." => new GapElement(),
            ['&', ..] => sets.TryGetValue(part, out var set) ? set : throw Fault(origin, $"unknown synonym set {part}; define it in synonyms.tsv"),
            _ => ParseWord(origin, part),
        }).ToList();
        if (pattern.Count == 0 || pattern[0] is GapElement || pattern[^1] is GapElement)
            throw Fault(origin, "a pattern needs words and cannot start or end with '..'");
        SubEventType? sub = cols[1] == "-" ? null : ParseSub(origin, cols[1]);
        if (!int.TryParse(cols[2], out int weight) || weight is < 0 or > 9) throw Fault(origin, $"weight '{cols[2]}' must be 0 to 9");
        var tags = cols[3] == "-" ? [] : cols[3].Split(',').Select(t => ParseTag(origin, t.Trim())).ToArray();
        return new Trigger(pattern, sub, weight, tags, cols[4], origin);
    }

    static SubEventType ParseSub(string origin, string name) =>
        AcledTypes.TryParseSubEventType(name, out var s) ? s : throw Fault(origin, $"'{name}' is not an ACLED sub-event type");

    static PatternElement ParseWord(string origin, string word)
    {
        if (word != word.ToLowerInvariant() || word.Any(c => !char.IsLetterOrDigit(c) && c != '*'))
            throw Fault(origin, $"pattern word '{word}' must be lower-case letters, optionally ending in *");
        if (!word.EndsWith('*')) return new ExactElement(word);
        if (word.Length < 4) throw Fault(origin, $"prefix '{word}' needs at least three letters");
        return new PrefixElement(word[..^1]);
    }

    static readonly Dictionary<string, EventTag> TagsBySnakeName =
        Enum.GetValues<EventTag>().ToDictionary(t => GoldConvert.Snake(t.ToString()), StringComparer.Ordinal);

    static EventTag ParseTag(string origin, string tag) =>
        TagsBySnakeName.TryGetValue(tag, out var t) ? t : throw Fault(origin, $"unknown tag '{tag}'; tags are those of gold-schema.md");

    // Data lines of a tab-separated file: blank lines and # comments skipped, each with "file:line" for messages.
    static IEnumerable<(string Origin, string[] Cols)> Rows(string path, int columns)
    {
        if (!File.Exists(path)) throw new SitrepException($"Event lexicon {path} is missing; reinstall Sitrep or restore data/events.");
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var origin = $"{Path.GetFileName(path)}:{n}";
            var cols = line.Split('\t');
            if (cols.Length != columns) throw Fault(origin, $"expected {columns} tab-separated columns, found {cols.Length}");
            yield return (origin, cols);
        }
    }

    static SitrepException Fault(string origin, string problem) =>
        new($"Event lexicon data/events/{origin}: {problem}.");
}
