using Sitrep.Actors;
using Sitrep.Documents;
using Sitrep.Model;

namespace Sitrep.Events.Internal;

/// <summary>Assigns the actors named in a clause to perpetrator (actor1), target (actor2) and associated roles from voice and cue words.</summary>
/// <remarks>
/// "X attacked Y" and "an X attack on Y": X before the trigger, Y after. "Y killed by X", "Y came under attack from X":
/// the agent follows "by"/"from" and the actor before the trigger is the target, except that ground taken "from Y" is
/// Y's loss ("X retook the town from Y"), so Y is the target. "X claimed responsibility" and "an attack claimed by X"
/// make X the perpetrator, unless the claim is denied ("X has not claimed it"); "X denied claiming it" leaves X no role.
/// "X repelled an attack" makes X the target. "backed by X", "with support from X" make X associated; "linked to X" gives
/// X no role, as it only describes another actor.
/// The force that runs a site ("a checkpoint manned by X", "X-run camps") is the target, and in an escape the group
/// whose members got out ("the release of X fighters") is actor1. An actor that only speaks ("X officials said") takes
/// no role. Civilian victims and protesters are coded as their country's group. Nobody named stays null.
/// </remarks>
internal sealed class RoleFinder(ActorDictionary actors, Lexicon lexicon)
{
    // Canonical names are looked up for every actor mention, so by dictionary rather than by alias matching.
    readonly Dictionary<string, ActorEntry> _byCanonical = actors.Entries.ToDictionary(e => e.Canonical, StringComparer.Ordinal);
    readonly Holders _holders = new(actors, lexicon);

    static readonly HashSet<string> PassiveMarkers = ["was", "were", "been", "being", "is", "are", "be", "under", "got", "get"];
    static readonly HashSet<string> TargetCues = ["on", "against", "targeting", "targeted", "at", "upon"];
    static readonly string[][] AssocCues =
    [
        ["backed", "by"], ["supported", "by"], ["assisted", "by"], ["aided", "by"], ["support", "from"], ["help", "of"],
        ["support", "of"], ["to", "support"], ["to", "help"], ["to", "assist"], ["alongside"], ["joined", "by"], ["cover", "from"], ["along", "with"], ["together", "with"],
    ];
    // "a checkpoint manned by X", "the prison held by X": X runs the place attacked, so it is the target.
    static readonly string[][] OperatorCues =
    [
        ["manned", "by"], ["run", "by"], ["operated", "by"], ["held", "by"], ["controlled", "by"], ["guarded", "by"],
        ["defended", "by"], ["staffed", "by"],
    ];

    /// <summary>The roles of the actors named in a clause around its first trigger; <paramref name="words"/> are the clause's words in <paramref name="text"/>.</summary>
    /// <param name="country">ISO code of the country the clause happens in, for civilian and protester groups.</param>
    /// <param name="owner">The state force a demonym or possessive names just before the trigger ("Turkish shelling"), if any.</param>
    public Roles Find(Reading reading, IReadOnlyList<ActorMention> inClause, IReadOnlyList<Word> words, string text, string? country,
        (string Force, TextSpan Span)? owner = null)
    {
        var trigger = reading.First.Span;
        string? actor1 = null, actor2 = null;
        TextSpan? span1 = null, span2 = null;
        bool cued1 = false;
        var assoc = new List<string>();
        var before = new List<ActorMention>();
        var after = new List<ActorMention>();
        // A people's adjective naming who holds a place ("an offensive on Kurdish areas") names that force as its operator.
        var held = _holders.In(words, text, country);
        var parties = inClause.Where(a => !Speaks(words, text, a.Span.End) && !IsModifier(words, text, a.Span.Start) &&
            !DescribesAnother(words, text, a.Span.Start) && !DeniesClaim(words, a.Span.End)).ToList();
        // The clause's actors come in text order; only holders need merging in.
        if (held.Count > 0) parties = [.. parties.Concat(held).OrderBy(a => a.Span.Start)];
        bool passive = IsPassive(words, trigger.Start, parties) || UnnamedAgent(words, trigger);
        bool escape = reading.Tags.Contains(EventTag.Escape) || reading.Tags.Contains(EventTag.PrisonBreak);

        foreach (var a in parties)
        {
            var cue = WordsBefore(words, a.Span.Start, 3);
            if (EndingIn(cue, AssocCues) is not null || AnswersAppeal(words, a.Span.End) || Mediates(words, a.Span, cue)) { if (!assoc.Contains(a.Actor)) assoc.Add(a.Actor); continue; }
            if (EndingIn(cue, OperatorCues) is not null || Holders.RunsSite(words, text, a.Span.End) || held.Contains(a))
            {
                if (actor2 is null || actor2 == actor1) (actor2, span2) = (a.Actor, a.Span);
                continue;
            }
            // Ground is taken from its holder, so "from" names the agent only of other acts.
            bool agent = cue.Count > 0 && (cue[^1] == "by" || cue[^1] == "from" && !IsTerritoryChange(reading.Sub)) &&
                a.Span.Start > trigger.Start && Near(words, trigger, a.Span);
            bool escapees = escape && cue.Count > 1 && cue[^1] == "of" && lexicon.In(WordSet.EscapeNoun, cue[^2]);
            if (agent || escapees || ClaimedBy(cue) || ClaimsResponsibility(words, a.Span.End) || OwnsAct(words, a.Span.End))
            {
                if (actor1 is null) (actor1, span1, cued1) = (a.Actor, a.Span, true);
                continue;
            }
            if (cue.Count > 0 && TargetCues.Contains(cue[^1]) && (a.Span.Start > trigger.Start || cue.Count > 1 && lexicon.In(WordSet.AttackNoun, cue[^2])))
            {
                if (actor2 is null) (actor2, span2) = (a.Actor, a.Span);
                continue;
            }
            if (a.Span.Start < trigger.Start || OpensTrigger(a.Span, trigger)) before.Add(a);
            else if (!InLaterClause(words, trigger, a.Span)) after.Add(a);
        }

        // Passive or agent-marked clauses put the actor before the trigger in the target role.
        bool subjectIsTarget = passive || actor1 is not null && before.Count > 0;
        foreach (var a in subjectIsTarget ? before.Concat(after) : [])
            if (actor2 is null && a.Actor != actor1) (actor2, span2) = (a.Actor, a.Span);
        // In an escape the custodian comes with its own cue ("SDF-run", the site's operator): a group named after the
        // trigger with no subject before it is the one whose members got out ("800 escaped from a camp for IS families").
        if (escape && !subjectIsTarget && actor1 is null && before.Count == 0 && after.Count > 0)
        {
            (actor1, span1) = (after[0].Actor, after[0].Span);
            after.RemoveAt(0);
        }
        if (!subjectIsTarget)
        {
            // The subject is the actor nearest before the trigger; the object the first after it.
            if (actor1 is null && before.Count > 0) (actor1, span1) = (before[^1].Actor, before[^1].Span);
            foreach (var a in after.Concat(before))
                if (actor2 is null && a.Actor != actor1) (actor2, span2) = (a.Actor, a.Span);
        }
        // The grammar of the actors' own verbs outranks position: "X fighters attacked", "Y were killed when X …".
        if (parties.FirstOrDefault(a => DoesViolence(words, a.Span.End)) is { } doer && !assoc.Contains(doer.Actor))
        {
            if (actor2 == doer.Actor) (actor2, span2) = (actor1, span1);
            (actor1, span1, cued1) = (doer.Actor, doer.Span, true);
            // The doer's verb takes its own object: "…, saying IS cells raided SDF posts" names the target.
            if ((actor2 is null || actor2 == actor1) && after.FirstOrDefault(a => a.Span.Start > doer.Span.End && a.Actor != doer.Actor) is { } hit)
                (actor2, span2) = (hit.Actor, hit.Span);
        }
        if (parties.FirstOrDefault(a => SuffersViolence(words, a.Span.End)) is { } victim && victim.Actor != actor1)
            (actor2, span2) = (victim.Actor, victim.Span);
        // "X repelled an attack": the defender is the target, whoever else the clause names the attacker.
        if (Violence.IsViolent(reading.Sub) && parties.FirstOrDefault(a => Defends(words, a.Span.End)) is { } defender && actor2 != defender.Actor)
        {
            if (actor1 == defender.Actor) (actor1, span1, cued1) = (actor2, span2, false);
            (actor2, span2) = (defender.Actor, defender.Span);
        }
        // "troops backed by Russian fighters": a country named after a cue of support backs the act rather than owns it.
        if (owner is { } backer && EndingIn(WordsBefore(words, backer.Span.Start, 3), AssocCues) is not null)
        {
            if (!assoc.Contains(backer.Force)) assoc.Add(backer.Force);
            owner = null;
        }
        // "a breakout following Turkish shelling": the country named on the act outranks a name that only stands near it.
        if (Violence.IsViolent(reading.Sub) && owner is { } o && !cued1 && !assoc.Contains(o.Force))
        {
            if (actor2 == o.Force) (actor2, span2) = (actor1, span1);
            (actor1, span1, cued1) = (o.Force, o.Span, true);
        }
        if (Violence.IsViolent(reading.Sub))
        {
            actor1 = ForceOfGovernment(actor1) ?? actor1;
            actor2 = ForceOfGovernment(actor2) ?? actor2 ?? (GenericVictim(words) is >= 0 and var v ? ForceNamedBy(words[v].Text, country) : null);
        }
        // "police opened fire", "security forces shot dead …": a generic force that acts is the country's; so is one that
        // meets protesters at all, since a protest is only broken up by the state ("riot police moved in").
        bool metProtest = reading.Sub is SubEventType.ExcessiveForceAgainstProtesters or SubEventType.ProtestWithIntervention;
        if (actor1 is null && (metProtest || Violence.IsViolent(reading.Sub)) && GenericActor(words, metProtest) is >= 0 and var g &&
            ForceNamedBy(words[g].Text, country) is { } force && force != actor2)
            (actor1, span1) = (force, TextSpan.FromBounds(words[g].Text == "forces" ? words[g - 1].Start : words[g].Start, words[g].End));
        if (reading.Sub == SubEventType.Agreement) (actor1, span1, actor2, span2) = Parties(reading, before, after, actor1, span1, actor2, span2);
        if (actor2 == actor1) (actor2, span2) = (null, null);
        // A group that changes (proclaims a state, forms, deploys) is the event's own side even when named after its noun
        // ("the proclamation of X's caliphate", "the deployment of X troops").
        if (reading.Sub == SubEventType.ChangeToGroupActivity && actor1 is null) (actor1, span1, actor2, span2) = (actor2, span2, null, null);
        assoc.RemoveAll(a => a == actor1 || a == actor2);
        return WithGroups(new Roles(actor1, span1, actor2, span2, assoc, cued1), reading.Sub, words, parties, country);
    }

    // The sides of an agreement in the order the text names them ("a truce between X and Y", "X and Y agreed"): there is no
    // attacker and target. States that agree do so as governments ("Turkish forces agreed a truce" is Turkey's), except
    // those that surrender, who lay down their own arms.
    (string?, TextSpan?, string?, TextSpan?) Parties(Reading reading, List<ActorMention> before, List<ActorMention> after,
        string? actor1, TextSpan? span1, string? actor2, TextSpan? span2)
    {
        var sides = before.Concat(after).DistinctBy(a => a.Actor).Take(2).ToList();
        if (sides.Count == 2) (actor1, span1, actor2, span2) = (sides[0].Actor, sides[0].Span, sides[1].Actor, sides[1].Span);
        // A lone side named without a cue is the first side, whoever a cue made the other ("a truce that halted Turkey's incursion").
        else if (sides is [var only] && actor1 is null) (actor1, span1, actor2, span2) = (only.Actor, only.Span, actor2 == only.Actor ? null : actor2, actor2 == only.Actor ? null : span2);
        if (reading.Tags.Contains(EventTag.Surrender)) return (actor1, span1, actor2, span2);
        return (GovernmentOfForce(actor1) ?? actor1, span1, GovernmentOfForce(actor2) ?? actor2, span2);
    }

    /// <summary>The party an actor makes to an agreement: a state's force is its government (forces.tsv), any other actor itself.</summary>
    public string PartyOf(string actor) => GovernmentOfForce(actor) ?? actor;

    /// <summary>The government of a country (forces.tsv), or null.</summary>
    public string? GovernmentOf(string country) => actors.GovernmentOf(country);

    string? GovernmentOfForce(string? actor) =>
        actor is not null && _byCanonical.GetValueOrDefault(actor) is { Kind: ActorKinds.StateForce, Country: { } country } ? actors.GovernmentOf(country) : null;

    // The actor brokers the deal rather than makes it: "brokered by X", "X mediated a truce", "an X-brokered ceasefire".
    bool Mediates(IReadOnlyList<Word> words, TextSpan actor, List<string> cue)
    {
        if (cue.Count > 1 && cue[^1] == "by" && lexicon.In(WordSet.Mediated, cue[^2])) return true;
        int next = IndexAt(words, actor.End);
        return next < words.Count && lexicon.In(WordSet.Mediated, words[next].Text);
    }

    // A government that fights does so with its forces: "Syrian government artillery" is Syria's army.
    string? ForceOfGovernment(string? actor) =>
        actor is not null && _byCanonical.GetValueOrDefault(actor) is { Kind: ActorKinds.Government, Country: { } country } ? actors.StateForceOf(country) : null;

    // Words after a violent verb that make it a participle of the victims ("soldiers killed in the ambush").
    static readonly HashSet<string> PassiveTails = ["in", "by", "when", "during", "while", "after", "as"];

    // The country's force a generic force word stands for: its police for a police word, else its main state force.
    string? ForceNamedBy(string word, string? country) => lexicon.In(WordSet.PoliceWord, word) ? actors.PoliceOf(country) : actors.StateForceOf(country);

    // The index of the first generic force word in the clause that is not the subject of a violent verb ("killed 11
    // soldiers", "three policemen killed in an ambush"), or -1.
    int GenericVictim(IReadOnlyList<Word> words)
    {
        for (int i = 0; i < words.Count; i++)
            if (lexicon.In(WordSet.GenericForce, words[i].Text) && !ActsNext(words, i)) return i;
        return -1;
    }

    // The word after word i is a violent verb it does, not a participle of what it suffered ("soldiers killed in …").
    bool ActsNext(IReadOnlyList<Word> words, int i) =>
        i + 1 < words.Count && lexicon.In(WordSet.Violent, words[i + 1].Text) && !(i + 2 < words.Count && PassiveTails.Contains(words[i + 2].Text));

    // The index of the first generic force word ("police", "troops", "security forces") that is the subject of a violent
    // verb ("riot police fired", not "soldiers killed in an ambush"), or with <paramref name="anyActing"/> of the first that
    // neither speaks ("police said", "police officers told") nor is acted against ("protesting against police"); -1 for none.
    int GenericActor(IReadOnlyList<Word> words, bool anyActing)
    {
        int fallback = -1;
        for (int i = 0; i < words.Count; i++)
        {
            var w = words[i].Text;
            if (!(lexicon.In(WordSet.GenericForce, w) || lexicon.In(WordSet.PoliceWord, w) || w == "forces" && i > 0 && words[i - 1].Text == "security")) continue;
            if (ActsNext(words, i)) return i;
            string? next = i + 1 < words.Count ? words[i + 1].Text : null;
            bool speaks = next is not null && (lexicon.In(WordSet.Speech, next) || lexicon.In(WordSet.Speakers, next));
            if (anyActing && fallback < 0 && !speaks && !(i > 0 && words[i - 1].Text == "against")) fallback = i;
        }
        return fallback;
    }

    // Civilian victims and protesters are coded as the country's group when the clause names no actor for the role;
    // a force that breaks up a protest is its second side. A group's own people ("IS families", "IS women") are not
    // civilian victims, nor are people who got away ("800 people escaped").
    Roles WithGroups(Roles roles, SubEventType sub, IReadOnlyList<Word> words, IReadOnlyList<ActorMention> named, string? country)
    {
        var type = AcledTypes.TypeOf(sub);
        if (sub is SubEventType.ExcessiveForceAgainstProtesters)
            return roles with { Actor2 = ProtestersOf(country), Actor2Span = null, Actor1 = roles.Actor1 ?? roles.Actor2 };
        if (sub is SubEventType.ProtestWithIntervention)
            return roles.Actor2 is null
                ? roles with { Actor1 = ProtestersOf(country), Actor1Span = null, Actor2 = roles.Actor1, Actor2Span = roles.Actor1Span }
                : roles with { Actor1 = ProtestersOf(country), Actor1Span = null };
        if (type is EventType.Protests && roles.Actor1 is null)
            return roles with { Actor1 = ProtestersOf(country) };
        // A crowd that riots or lynches is coded as the country's rioters, as ACLED codes riots and mob violence.
        if (type is EventType.Riots && (roles.Actor1 is null || IsGroup(roles.Actor1, ActorKinds.Protesters)))
            return roles with { Actor1 = RiotersOf(country), Actor1Span = null };
        if (roles.Actor2 is null && type is EventType.ViolenceAgainstCivilians or EventType.ExplosionsRemoteViolence && CiviliansNamed(words, named))
            return roles with { Actor2 = CiviliansOf(country) };
        return roles;
    }

    // A word for civilians or bystanders that is no actor's own name and whose people did not get away.
    bool CiviliansNamed(IReadOnlyList<Word> words, IReadOnlyList<ActorMention> named)
    {
        for (int i = 0; i < words.Count; i++)
            if ((lexicon.In(WordSet.Civilians, words[i].Text) || lexicon.In(WordSet.Bystanders, words[i].Text)) && !Escapes(words, i + 1) &&
                !named.Any(a => IndexAt(words, a.Span.End) == i))
                return true;
        return false;
    }

    static readonly HashSet<string> EscapeAuxiliaries = ["had", "have", "has", "were", "was", "been", "to", "reportedly", "later"];

    // People who escaped or fled ("800 people escaped from the camp") got away: they are not the victims of the violence
    // told with their escape. <paramref name="next"/> is the index of the word after the people's noun.
    bool Escapes(IReadOnlyList<Word> words, int next)
    {
        while (next < words.Count && EscapeAuxiliaries.Contains(words[next].Text)) next++;
        return next < words.Count && lexicon.In(WordSet.Escaped, words[next].Text);
    }

    // The actor is the subject of a violent verb right after its name.
    bool DoesViolence(IReadOnlyList<Word> words, int end)
    {
        int i = AfterMembers(words, end);
        return i < words.Count && lexicon.In(WordSet.Violent, words[i].Text);
    }

    // The first word after an actor's name and the member nouns that follow it ("IS sleeper agents").
    int AfterMembers(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        for (int n = 0; n < 2 && i < words.Count && lexicon.In(WordSet.Members, words[i].Text); n++) i++;
        return i;
    }

    // The actor is the subject of a passive violent verb a few words on ("three soldiers and two militants were killed").
    bool SuffersViolence(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        for (int k = i; k < words.Count - 1 && k < i + PassiveReach; k++)
            if (words[k].Text is "was" or "were" && lexicon.In(WordSet.Suffered, words[k + 1].Text)) return true;
        return false;
    }

    // Words between an actor and the "were" of its passive verb ("soldiers and two militants were").
    const int PassiveReach = 5;

    static readonly HashSet<string> DefenceParticles = ["off", "back"];

    // The actor is the subject of a verb of defence right after its name ("X repelled", "X fighters fought off").
    bool Defends(IReadOnlyList<Word> words, int end)
    {
        int i = AfterMembers(words, end);
        if (i >= words.Count || !lexicon.In(WordSet.Defended, words[i].Text)) return false;
        // "fought", "fended" and "beat" defend only with their particle: "fought off", not "fought IS".
        return words[i].Text is not ("fought" or "fended" or "beat") || i + 1 < words.Count && DefenceParticles.Contains(words[i + 1].Text);
    }

    static readonly HashSet<string> Auxiliaries = ["have", "has", "had", "also", "later", "independently", "publicly", "previously"];

    // Words from an actor's name to the noun of its speaker ("X's media commander"), and of a name in apposition after
    // that noun ("…, Jane Doe, told").
    const int SpeakerReach = 3;
    const int AppositionReach = 4;

    // The actor only speaks of the event ("army spokesmen have admitted …", "Kurdish officials confirmed …", "X's media
    // commander, Jane Doe, told a reporter that the attack …"): its officials say, they do not fight.
    bool Speaks(IReadOnlyList<Word> words, string text, int end)
    {
        int i = IndexAt(words, end);
        bool named = i > 0 && lexicon.In(WordSet.Speakers, words[i - 1].Text);
        for (int k = i; !named && k < words.Count && k < i + SpeakerReach; k++)
            if (lexicon.In(WordSet.Speakers, words[k].Text)) (named, i) = (true, k + 1);
        if (!named) return false;
        i = AfterApposition(words, text, i);
        for (; i < words.Count && Auxiliaries.Contains(words[i].Text); i++) { }
        return i < words.Count && lexicon.In(WordSet.Speech, words[i].Text);
    }

    // Words between a verb of answering and the appeal it answers ("responded to SDF requests", "answered the army's call").
    const int AppealReach = 4;

    // The actor answers another's appeal for help ("X responded to Y's requests for help"): it supports Y, whom the event is about.
    bool AnswersAppeal(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        if (i >= words.Count || !lexicon.In(WordSet.Answered, words[i].Text)) return false;
        for (int k = i + 1; k < words.Count && k <= i + AppealReach; k++)
            if (lexicon.In(WordSet.Appeal, words[k].Text)) return true;
        return false;
    }

    // The index of the word after a name set off by commas at word i ("commander, Jane Doe, told"); i when there is none.
    static int AfterApposition(IReadOnlyList<Word> words, string text, int i)
    {
        if (i == 0 || i >= words.Count || !CommaBetween(text, words[i - 1], words[i])) return i;
        for (int k = i; k + 1 < words.Count && k < i + AppositionReach; k++)
            if (CommaBetween(text, words[k], words[k + 1])) return k + 1;
        return i;
    }

    static bool CommaBetween(string text, Word a, Word b) => text.AsSpan(a.End, b.Start - a.End).Contains(',');

    // Words an agent ("by X", "from X") may stand from the trigger it is the agent of; further off it belongs to
    // another verb ("…, which was driven to collapse by X").
    const int AgentReach = 6;

    static bool Near(IReadOnlyList<Word> words, TextSpan trigger, TextSpan actor) =>
        IndexAt(words, actor.Start) - IndexAt(words, trigger.End) <= AgentReach;

    // A trigger may open with its subject's own noun ("the jihadists had seized", "militants stormed"): an actor named by
    // the trigger's first words is its subject, not its object.
    static bool OpensTrigger(TextSpan actor, TextSpan trigger) => actor.Start == trigger.Start && actor.End < trigger.End;

    // "attacked by unidentified gunmen", "an attack near X, 60 km from Y, by unknown militants": the clause names its
    // perpetrator as unknown, so whoever else it names is the target. An unnamed agent marks its own act, however many words
    // of place stand between, up to a conjunction that opens another act.
    bool UnnamedAgent(IReadOnlyList<Word> words, TextSpan trigger)
    {
        for (int k = IndexAt(words, trigger.End); k < words.Count - 1 && !Subordinators.Contains(words[k].Text); k++)
            if (words[k].Text == "by" && lexicon.In(WordSet.Unnamed, words[k + 1].Text)) return true;
        return false;
    }

    // Conjunctions that open a clause of another act after the trigger ("car bombs rock the north after IS prisoners escape").
    static readonly HashSet<string> Subordinators = ["after", "before", "since", "until", "while", "whereas", "although", "because"];

    // Whether a subordinator stands between the trigger and an actor after it, so the actor belongs to that other act.
    static bool InLaterClause(IReadOnlyList<Word> words, TextSpan trigger, TextSpan actor)
    {
        for (int i = IndexAt(words, trigger.End), end = IndexAt(words, actor.Start); i < end; i++)
            if (Subordinators.Contains(words[i].Text)) return true;
        return false;
    }

    // "jihadists linked to X", "a militia loyal to X": X only describes another actor. Acts tied to X ("bombings linked to
    // X") are laid at X's door instead, so X keeps its role there.
    bool DescribesAnother(IReadOnlyList<Word> words, string text, int start)
    {
        if (!Affiliation.Precedes(text, start)) return false;
        int k = IndexAt(words, start);
        if (k > 0 && words[k - 1].Text == "the") k--;
        return !(k >= 3 && lexicon.In(WordSet.AttackNoun, words[k - 3].Text));
    }

    // "pro-IS message boards", "anti-ISIS operations": the name only qualifies something else.
    static bool IsModifier(IReadOnlyList<Word> words, string text, int start)
    {
        int i = IndexAt(words, start) - 1;
        return i >= 0 && words[i].End == start - 1 && text[start - 1] == '-' && words[i].Text is "pro" or "anti";
    }

    /// <summary>The roles whose actor1 an event of sub-type <paramref name="sub"/> takes from its mentions: the first the grammar names (in a mention of the same sub-type first), else the first by word order in a mention of the same sub-type.</summary>
    /// <remarks>
    /// Word order alone is a weak cue: in "… fighting and coalition airstrikes, the biggest attack by IS" the agent of
    /// "attack" outranks the name before "airstrikes", and a name merely standing before the trigger of another kind of
    /// act ("SDF fighters backed by US warplanes" in a story of a bombing) does not make its actor the bomber. A side that
    /// one mention tells backing another ("X responded to Y's calls for help") is that side's supporter, whatever another
    /// mention's verb makes it ("X fired flares").
    /// </remarks>
    public static Roles? PerpetratorOf(IReadOnlyList<Mention> mentions, SubEventType sub)
    {
        bool Backs(Mention m) => mentions.Any(o => o.Roles.Assoc.Contains(m.Roles.Actor1!));
        return (mentions.FirstOrDefault(m => m.Roles is { Actor1: not null, Actor1Cued: true } && m.Reading.Sub == sub && !Backs(m))
            ?? mentions.FirstOrDefault(m => m.Roles is { Actor1: not null, Actor1Cued: true } && !Backs(m))
            ?? mentions.FirstOrDefault(m => m.Roles.Actor1 is not null && SameAct(m.Reading.Sub, sub) && !Backs(m)))?.Roles;
    }

    // Territory changing hands is one act whichever side takes it; the side decides its sub-type afterwards.
    static bool SameAct(SubEventType a, SubEventType b) => a == b || IsTerritoryChange(a) && IsTerritoryChange(b);

    static bool IsTerritoryChange(SubEventType sub) => sub is SubEventType.NonStateActorOvertakesTerritory or SubEventType.GovernmentRegainsTerritory;

    /// <summary>The force that runs the site of an event (facilities.tsv operator), as the target when the clauses name none.</summary>
    /// <remarks>Protests and riots at a site are not attacks on it; a force is never its own target.</remarks>
    public static string? SiteTarget(Toponym? site, string? actor1, SubEventType sub) =>
        site?.Operator is { } runner && runner != actor1 && AcledTypes.TypeOf(sub) is not (EventType.Protests or EventType.Riots) ? runner : null;

    /// <summary>The force the article names as holding detainees ("SDF-run camps", "prisons operated by X", "in X custody",
    /// and in <paramref name="country"/> "Kurdish prisons"), the one named so most often; null when none is. An escape or a
    /// prison attack whose own clauses name no custodian is against it, as the detention sites of one article are mostly one force's.</summary>
    public string? Custodian(Document doc, string? country) =>
        MostNamed(doc.Actors.Where(a => IsParty(a.Actor) && HoldsDetainees(doc.Text, a.Span)).Select(a => a.Actor)
            .Concat(CustodiansByAdjective(doc, country)));

    // "Kurdish prisons", "in Kurdish custody", "Kurdish-run camps": holders named by adjective before a word of detention.
    // Only sentences holding such an adjective are split into words.
    IEnumerable<string> CustodiansByAdjective(Document doc, string? country)
    {
        foreach (var s in doc.Sentences)
        {
            if (!_holders.Mentioned(doc.Text, s.Span)) continue;
            var words = Words.Split(doc.Text, s.Span.Start, s.Span.End);
            foreach (var h in _holders.In(words, doc.Text, country))
                if (lexicon.In(WordSet.Custody, words[IndexAt(words, h.Span.End)].Text) || HoldsDetainees(doc.Text, h.Span)) yield return h.Actor;
        }
    }

    /// <summary>The group the article names as held ("IS detainees", "ISIS prisoners"), the one named so most often; null
    /// when none is. An escape whose clauses name no escapees is by it, as one article's prisons mostly hold one group.</summary>
    public string? Inmates(Document doc) =>
        MostNamed(doc.Actors.Where(a => IsParty(a.Actor) &&
            Words.Split(doc.Text, a.Span.End, Math.Min(doc.Text.Length, a.Span.End + CustodyWindow), limit: 1) is [var next] &&
            lexicon.In(WordSet.Inmates, next.Text)).Select(a => a.Actor));

    // The actor named most often (the first so named on a tie), or null for none.
    static string? MostNamed(IEnumerable<string> actors)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var actor in actors) counts[actor] = counts.GetValueOrDefault(actor) + 1;
        return counts.Count == 0 ? null : counts.MaxBy(c => c.Value).Key;
    }

    // Characters around a name searched for its custody cue: a few words either side.
    const int CustodyWindow = 50;

    bool HoldsDetainees(string text, TextSpan name)
    {
        var after = Words.Split(text, name.End, Math.Min(text.Length, name.End + CustodyWindow));
        // "X custody", "X's custody"
        int k = after.Count > 0 && after[0].Text == "s" ? 1 : 0;
        if (k < after.Count && after[k].Text == "custody") return true;
        // "X-run camps", "X-held prisons"
        if (Holders.RunsSite(after, text, name.End) && after.Skip(1).Take(3).Any(w => lexicon.In(WordSet.Custody, w.Text))) return true;
        // "camps operated by X", "the prison run by the X"
        var before = Words.Split(text, Math.Max(0, name.Start - CustodyWindow), name.Start).Select(w => w.Text).ToList();
        if (before is [.., "the"]) before.RemoveAt(before.Count - 1);
        return EndingIn(before, OperatorCues) is { } cue && before.SkipLast(cue.Length).TakeLast(3).Any(w => lexicon.In(WordSet.Custody, w));
    }

    /// <summary>Whether an actor is a party to events rather than a reporter of them.</summary>
    public bool IsParty(string canonical) => _byCanonical.GetValueOrDefault(canonical) is not { IsReporter: true };

    /// <summary>The country an actor belongs to (ISO code), or null.</summary>
    public string? CountryOf(string canonical) => _byCanonical.GetValueOrDefault(canonical)?.Country;

    /// <summary>Whether the actor is a state's armed force or government.</summary>
    public bool IsState(string canonical) => _byCanonical.GetValueOrDefault(canonical)?.Kind is ActorKinds.StateForce or ActorKinds.Government or ActorKinds.Coalition;

    /// <summary>Whether the actor is a civilian, protester or rioter group rather than an armed one.</summary>
    public bool IsCivilianGroup(string canonical) => _byCanonical.GetValueOrDefault(canonical)?.Kind is ActorKinds.Civilians or ActorKinds.Protesters or ActorKinds.Rioters;

    bool IsGroup(string canonical, string kind) => _byCanonical.GetValueOrDefault(canonical)?.Kind == kind;

    /// <summary>The civilians of a country as coded ("Civilians (Syria)").</summary>
    public string? CiviliansOf(string? country) => actors.GroupOf(ActorKinds.Civilians, country) ?? (country is null ? null : "Civilians");

    /// <summary>The protesters of a country as coded ("Protesters (Iraq)").</summary>
    public string? ProtestersOf(string? country) => actors.GroupOf(ActorKinds.Protesters, country) ?? (country is null ? null : "Protesters");

    /// <summary>The rioters of a country as coded ("Rioters (Lebanon)").</summary>
    public string? RiotersOf(string? country) => actors.GroupOf(ActorKinds.Rioters, country) ?? (country is null ? null : "Rioters");

    // "was/were/been … killed", "under attack"; a marker inside an actor's name ("IS") does not count.
    static bool IsPassive(IReadOnlyList<Word> words, int triggerStart, IReadOnlyList<ActorMention> actors)
    {
        int i = IndexAt(words, triggerStart);
        for (int k = i - 1; k >= 0 && k >= i - 2; k--)
            if (PassiveMarkers.Contains(words[k].Text) && !actors.Any(a => a.Span.Start <= words[k].Start && words[k].End <= a.Span.End)) return true;
        return false;
    }

    // "killed in the SDF operation", "an IS attack", "the coalition's raid": a name right before a noun of attack is its agent.
    bool OwnsAct(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        if (i < words.Count && words[i].Text == "s") i++;
        return i < words.Count && lexicon.In(WordSet.AttackNoun, words[i].Text);
    }

    // What a claimant claims: the act ("claimed the bombing", "claimed an attack", "claimed it") or responsibility for it.
    static readonly HashSet<string> ClaimObjects = ["responsibility", "the", "an", "a", "it", "both"];

    // Words from a claimant's name to its verb of claiming ("IS, which has claimed", "X militants claimed").
    const int ClaimReach = 4;

    // "X claimed responsibility", "X claimed the attack": X is the perpetrator of the act claimed, unless X denies it.
    bool ClaimsResponsibility(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        for (int k = i; k < words.Count - 1 && k < i + ClaimReach; k++)
        {
            if (EventExtractor.Negations.Contains(words[k].Text) || lexicon.In(WordSet.Denied, words[k].Text)) return false;
            if (lexicon.In(WordSet.Claimed, words[k].Text) && ClaimObjects.Contains(words[k + 1].Text)) return true;
        }
        return false;
    }

    // "X denied claiming the attack", "X rejected claims it carried out the bombing": X only speaks of the act, so it takes
    // no role in it.
    bool DeniesClaim(IReadOnlyList<Word> words, int end)
    {
        int i = IndexAt(words, end);
        for (int k = i; k < words.Count - 1 && k < i + ClaimReach; k++)
            if (lexicon.In(WordSet.Denied, words[k].Text)) return lexicon.In(WordSet.Claimed, words[k + 1].Text);
        return false;
    }

    static readonly string[] ClaimedByCue = ["claimed", "by"];

    // "an attack claimed by X" names X the perpetrator however far the act's trigger stands; "not claimed by X" does not.
    static bool ClaimedBy(List<string> cue) =>
        EndsWith(cue, ClaimedByCue) && !(cue.Count > 2 && EventExtractor.Negations.Contains(cue[^3]));

    static readonly HashSet<string> Determiners = ["the", "a", "an"];

    // The cue words just before a position, determiners left out ("backed by the coalition" reads "backed by").
    static List<string> WordsBefore(IReadOnlyList<Word> words, int position, int count)
    {
        var cue = new List<string>(count);
        for (int k = IndexAt(words, position) - 1; k >= 0 && cue.Count < count; k--)
            if (!Determiners.Contains(words[k].Text)) cue.Insert(0, words[k].Text);
        return cue;
    }

    // The first of the phrases that the cue words end with, or null.
    static string[]? EndingIn(List<string> cue, string[][] phrases)
    {
        foreach (var phrase in phrases)
            if (EndsWith(cue, phrase)) return phrase;
        return null;
    }

    static bool EndsWith(List<string> cue, string[] tail)
    {
        if (cue.Count < tail.Length) return false;
        for (int k = 0; k < tail.Length; k++)
            if (cue[cue.Count - tail.Length + k] != tail[k]) return false;
        return true;
    }

    /// <summary>Index of the first word starting at or after a position.</summary>
    internal static int IndexAt(IReadOnlyList<Word> words, int position)
    {
        int lo = 0, hi = words.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if (words[mid].Start < position) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
